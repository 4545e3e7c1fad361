import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { actorFromSession } from "@/lib/admin/staff-actor";
import { AppError } from "@/lib/errors";
import { listWebhookDeliveries } from "@/lib/webhooks/list-webhook-deliveries";
import { getWebhookEndpoint } from "@/lib/webhooks/list-webhook-endpoints";
import { webhookParamsSchema } from "@/lib/webhooks/schemas";
import { adminGate } from "@/app/admin/_lib/gate";
import { formatIso, formatWhen } from "@/app/admin/_lib/format";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { deleteWebhookAction, redeliverWebhookAction, sendTestWebhookAction, setWebhookActiveAction } from "../actions";
import { RotateSecretForm } from "../rotate-secret-form";
import { WebhookForm } from "../webhook-form";
import "../../people.css";

export const metadata: Metadata = { title: "Webhook endpoint", robots: { index: false } };
export const dynamic = "force-dynamic";

const statusBadge = {
  PENDING: "badge",
  SUCCEEDED: "badge badge-ok",
  FAILED: "badge badge-danger",
} as const;
const statusLabel = { PENDING: "Waiting", SUCCEEDED: "Delivered", FAILED: "Failed" } as const;

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
  const deliveries = await listWebhookDeliveries(db, actor, id, { limit: 50 });
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/webhooks">All endpoints</Link>
      </p>
      <div className="page-head">
        <h1 className="wrap-anywhere">{endpoint.url}</h1>
        <p>
          <span className={endpoint.active ? "badge badge-ok" : "badge badge-danger"}>
            {endpoint.active ? "On" : "Off"}
          </span>{" "}
          {endpoint.description ? <span className="muted">{endpoint.description}</span> : null}
        </p>
        {endpoint.disabledReason ? (
          <p className="notice notice-warn">The shop turned this endpoint off: {endpoint.disabledReason}</p>
        ) : null}
        {endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? (
          <p className="muted">
            The previous secret also signs until{" "}
            <time dateTime={formatIso(endpoint.previousSecretExpiresAt)}>
              {formatWhen(endpoint.previousSecretExpiresAt)}
            </time>
            .
          </p>
        ) : null}
      </div>

      <section aria-labelledby="webhook-actions-title" className="section">
        <h2 id="webhook-actions-title">Actions</h2>
        <div className="toolbar">
          {endpoint.active ? (
            <ButtonAction action={sendTestWebhookAction} fields={{ id }} label="Send a test event" />
          ) : null}
          <ButtonAction
            action={setWebhookActiveAction}
            fields={{ id, active: endpoint.active ? "off" : "on" }}
            label={endpoint.active ? "Turn off" : "Turn on"}
            secondary
          />
          <ButtonAction action={deleteWebhookAction} fields={{ id }} label="Delete endpoint" secondary />
        </div>
      </section>

      <section aria-labelledby="webhook-deliveries-title" className="section">
        <h2 id="webhook-deliveries-title">Delivery log</h2>
        {deliveries.length === 0 ? (
          <p>Nothing sent yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table wide-table">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last answer</th>
                  <th scope="col">Queued</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
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
                      {delivery.redeliveryOf ? <span className="muted"> (redelivery)</span> : null}
                    </td>
                    <td>
                      <span className={statusBadge[delivery.status]}>{statusLabel[delivery.status]}</span>
                      {delivery.nextAttemptAt && delivery.attempts > 0 ? (
                        <>
                          <br />
                          <span className="muted nowrap">
                            next{" "}
                            <time dateTime={formatIso(delivery.nextAttemptAt)}>
                              {formatWhen(delivery.nextAttemptAt)}
                            </time>
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
                                #{attempt.attempt}{" "}
                                <time dateTime={formatIso(attempt.createdAt)}>{formatWhen(attempt.createdAt)}</time>:{" "}
                                {attempt.statusCode ?? "no answer"} in {attempt.durationMs} ms
                                {attempt.error ? ` (${attempt.error})` : ""}
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
                      {delivery.lastStatusCode ?? ""} {delivery.lastError ?? ""}
                    </td>
                    <td className="nowrap">
                      <time dateTime={formatIso(delivery.createdAt)}>{formatWhen(delivery.createdAt)}</time>
                    </td>
                    <td>
                      {delivery.status === "PENDING" ? null : (
                        <ButtonAction
                          action={redeliverWebhookAction}
                          fields={{ id, deliveryId: delivery.id }}
                          label="Redeliver"
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
        <h2 id="webhook-edit-title">Change</h2>
        <WebhookForm initial={{ id, url: endpoint.url, description: endpoint.description, events: endpoint.events }} />
      </section>

      <section aria-labelledby="webhook-rotate-title" className="section">
        <h2 id="webhook-rotate-title">Signing secret</h2>
        <p className="muted">
          Rotate it if it may have leaked, or regularly. Receivers accept either during the grace period.
        </p>
        <RotateSecretForm id={id} />
      </section>
    </main>
  );
}
