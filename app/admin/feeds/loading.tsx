import { getTranslations } from "next-intl/server";

/** Shown while the feed settings load. */
export default async function FeedsLoading() {
  const t = await getTranslations("admin.feeds");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("loading")}</p>
    </main>
  );
}
