import { getTranslations } from "next-intl/server";

/** Shown while the return form's order loads. */
export default async function ReturnLoading() {
  const t = await getTranslations("returns");
  return <p role="status">{t("loading")}</p>;
}
