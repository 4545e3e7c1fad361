import { getTranslations } from "next-intl/server";

/** Shown while the accounting export page loads. */
export default async function AccountingLoading() {
  const t = await getTranslations("admin.common.loading");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("generic")}</p>
    </main>
  );
}
