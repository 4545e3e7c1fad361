import { getTranslations } from "next-intl/server";

/** Shown while a product page's data loads. */
export default async function ProductsLoading() {
  const t = await getTranslations("admin.catalogStates");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("productsLoading")}</p>
    </main>
  );
}
