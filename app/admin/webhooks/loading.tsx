import { getTranslations } from "next-intl/server";

/** Shown while the webhooks pages' data loads (the list, an endpoint and its delivery log). */
export default async function WebhooksLoading() {
  const t = await getTranslations("admin.webhooks");
  return (
    <main id="main" className="admin-page" tabIndex={-1} aria-busy="true">
      <p role="status">{t("loading")}</p>
    </main>
  );
}
