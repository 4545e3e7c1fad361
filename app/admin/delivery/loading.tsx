import { getTranslations } from "next-intl/server";

/** Shown while a delivery page's data loads . */
export default async function DeliveryLoading() {
  const t = await getTranslations("adminSettings.delivery");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("loading")}</p>
    </main>
  );
}
