import { getTranslations } from "next-intl/server";

/** Shown while a returns page's data loads (the list, a return). */
export default async function ReturnsLoading() {
  const t = await getTranslations("admin.common.loading");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("returns")}</p>
    </main>
  );
}
