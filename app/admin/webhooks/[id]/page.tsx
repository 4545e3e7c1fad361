import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { AppError } from "@/lib/errors";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText } from "@/lib/i18n/server-text";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/webhooks/list-webhook-endpoints";
import { webhookParamsSchema } from "@/lib/webhooks/schemas";
import { adminGate } from "@/app/admin/_lib/gate";
import { adminFormat, formatIso } from "@/app/admin/_lib/format";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { deleteWebhookAction, redeliverWebhookAction, sendTestWebhookAction, setWebhookActiveAction } from "../actions";
import { RotateSecretForm } from "../rotate-secret-form";
import { WebhookForm } from "../webhook-form";
import "../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.webhooks");
  return { title: t("endpointTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const statusBadge = {
  PENDING: "badge",
  SUCCEEDED: "badge badge-ok",
  FAILED: "badge badge-danger",
} as const;

/** A <time> around the words a message puts in its <time> tag. */
function timeTag(at: Date) {
  return function TimeTag(chunks: ReactNode) {
    return <time dateTime={formatIso(at)}>{chunks}</time>;
  };
}

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await adminGate("/admin/webhooks");
  const parsed = webhookParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const actor = actorFromSession(viewer);
  const { id } = parsed.data;
  const endpoint = await getWebhookEndpoint(db, actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  const [deliveries, t, format, language] = await Promise.all([
    listWebhookDeliveries(db, actor, id, { limit: 50 }),
    getTranslations("admin.webhooks"),
    adminFormat(),
    currentLanguage(),
  ]);
  // Delivery errors are stored as the shop wrote them (English); fixed ones have a translation in the catalog.
  const errorText = (text: string) => translateServerText(text, language);
  const previousSecretUntil =
    endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()
      ? endpoint.previousSecretExpiresAt
      : null;
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/webhooks">{t("allEndpoints")}</LocaleLink>
      </p>
      <div className="page-head">
        <h1 className="wrap-anywhere">{endpoint.url}</h1>
        <p>
          <span className={endpoint.active ? "badge badge-ok" : "badge badge-danger"}>
            {endpoint.active ? t("on") : t("off")}
          </span>{" "}
          {endpoint.description ? <span className="muted">{endpoint.description}</span> : null}
        </p>
        {endpoint.disabledReason ? (
          <p className="notice notice-warn">{t("disabledBy", { reason: errorText(endpoint.disabledReason) })}</p>
        ) : null}
        {previousSecretUntil ? (
          <p className="muted">
            {t.rich("previousSecret", {
              date: format.when(previousSecretUntil),
              time: timeTag(previousSecretUntil),
            })}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="webhook-actions-title" className="section">
        <h2 id="webhook-actions-title">{t("actionsTitle")}</h2>
        <div className="toolbar">
          {endpoint.active ? (
            <ButtonAction action={sendTestWebhookAction} fields={{ id }} label={t("sendTest")} />
          ) : null}
          <ButtonAction
            action={setWebhookActiveAction}
            fields={{ id, active: endpoint.active ? "off" : "on" }}
            label={endpoint.active ? t("turnOff") : t("turnOn")}
            secondary
          />
          <ButtonAction action={deleteWebhookAction} fields={{ id }} label={t("delete")} secondary />
        </div>
      </section>

      <section aria-labelledby="webhook-deliveries-title" className="section">
        <h2 id="webhook-deliveries-title">{t("deliveriesTitle")}</h2>
        {deliveries.length === 0 ? (
          <p>{t("nothingSent")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">{t("event")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">{t("attempts")}</th>
                  <th scope="col">{t("lastAnswer")}</th>
                  <th scope="col">{t("queued")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>
                      <code>{delivery.eventType}</code>
                      <br />
                      <span className="muted wrap-anywhere">{delivery.eventId}</span>
                      {delivery.redeliveryOf ? <span className="muted"> {t("redelivery")}</span> : null}
                    </td>
                    <td>
                      <span className={statusBadge[delivery.status]}>{t(`deliveryStatus.${delivery.status}`)}</span>
                      {delivery.nextAttemptAt && delivery.attempts > 0 ? (
                        <>
                          <br />
                          <span className="muted nowrap">
                            {t.rich("nextAttempt", {
                              date: format.when(delivery.nextAttemptAt),
                              time: timeTag(delivery.nextAttemptAt),
                            })}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {delivery.attemptLog.length === 0 ? (
                        delivery.attempts
                      ) : (
                        <details>
                          <summary>{delivery.attempts}</summary>
                          <ol className="plain-list">
                            {delivery.attemptLog.map((attempt) => (
                              <li key={attempt.attempt}>
                                {t.rich("attempt", {
                                  attempt: attempt.attempt,
                                  date: format.when(attempt.createdAt),
                                  answer: attempt.statusCode === null ? t("noAnswer") : String(attempt.statusCode),
                                  duration: format.count(attempt.durationMs),
                                  time: timeTag(attempt.createdAt),
                                })}
                                {attempt.error ? ` (${errorText(attempt.error)})` : ""}
                                {attempt.responseBody ? (
                                  <pre className="wrap-anywhere">{attempt.responseBody}</pre>
                                ) : null}
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </td>
                    <td className="wrap-anywhere">
                      {delivery.lastStatusCode ?? ""} {delivery.lastError ? errorText(delivery.lastError) : ""}
                    </td>
                    <td className="nowrap">
                      <time dateTime={formatIso(delivery.createdAt)}>{format.when(delivery.createdAt)}</time>
                    </td>
                    <td>
                      {delivery.status === "PENDING" ? null : (
                        <ButtonAction
                          action={redeliverWebhookAction}
                          fields={{ id, deliveryId: delivery.id }}
                          label={t("redeliver")}
                          secondary
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="webhook-edit-title" className="section">
        <h2 id="webhook-edit-title">{t("changeTitle")}</h2>
        <WebhookForm initial={{ id, url: endpoint.url, description: endpoint.description, events: endpoint.events }} />
      </section>

      <section aria-labelledby="webhook-rotate-title" className="section">
        <h2 id="webhook-rotate-title">{t("secretTitle")}</h2>
        <p className="muted">{t("rotateHint")}</p>
        <RotateSecretForm id={id} />
      </section>
    </main>
  );
}
