import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { listWebhookEndpoints } from "@/lib/webhooks/list-webhook-endpoints";
import { adminGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { WebhookForm } from "./webhook-form";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.webhooks");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const viewer = await adminGate("/admin/webhooks");
  const { notice } = await searchParams;
  const [endpoints, t, format] = await Promise.all([
    listWebhookEndpoints(db, actorFromSession(viewer)),
    getTranslations("admin.webhooks"),
    adminFormat(),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
      </div>
      <PageNotice notice={notice} messages={{ deleted: t("deleted") }} />

      <section aria-labelledby="webhooks-title" className="section">
        <h2 id="webhooks-title">{t("endpointsTitle")}</h2>
        {endpoints.length === 0 ? (
          <p>{t("noEndpoints")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">{t("url")}</th>
                  <th scope="col">{t("events")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col" className="num">
                    {t("waiting")}
                  </th>
                  <th scope="col" className="num">
                    {t("failed")}
                  </th>
                  <th scope="col">{t("created")}</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((endpoint) => (
                  <tr key={endpoint.id}>
                    <td className="wrap-anywhere">
                      <LocaleLink href={`/admin/webhooks/${endpoint.id}`}>{endpoint.url}</LocaleLink>
                      {endpoint.description ? (
                        <>
                          <br />
                          <span className="muted">{endpoint.description}</span>
                        </>
                      ) : null}
                    </td>
                    <td>{endpoint.events.join(", ")}</td>
                    <td>
                      <span className={endpoint.active ? "badge badge-ok" : "badge badge-danger"}>
                        {endpoint.active ? t("on") : t("off")}
                      </span>
                    </td>
                    <td className="num">{format.count(endpoint.pendingDeliveries)}</td>
                    <td className="num">{format.count(endpoint.failedDeliveries)}</td>
                    <td className="nowrap">{format.day(endpoint.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="new-webhook-title" className="section">
        <h2 id="new-webhook-title">{t("newTitle")}</h2>
        <WebhookForm />
      </section>
    </main>
  );
}
