import { getTranslations } from "next-intl/server";

/** Shown while the shop identity loads. */
export default async function ShopIdentityLoading() {
  const t = await getTranslations("admin.shopIdentity");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("loading")}</p>
    </main>
  );
}
