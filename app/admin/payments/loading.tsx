import { getTranslations } from "next-intl/server";

/** Shown while a payments page's data loads . */
export default async function PaymentsLoading() {
  const t = await getTranslations("adminSettings.payments");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("loading")}</p>
    </main>
  );
}
