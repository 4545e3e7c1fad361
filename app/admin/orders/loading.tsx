import { getTranslations } from "next-intl/server";

/** Shown while an order page's data loads (the list, an order). */
export default async function OrdersLoading() {
  const t = await getTranslations("admin.common.loading");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("orders")}</p>
    </main>
  );
}
