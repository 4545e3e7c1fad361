import type { Db, Tx } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { ClaimedDelivery } from "./claim-next-delivery";

export interface AttemptRecord {
  statusCode: number | null;
  durationMs: number;
  responseBody: string;
  error: string | null;
}

// Each update is fenced by the attempt number and PENDING status: a worker whose lease ran out cannot overwrite a
// newer outcome, and the attempt log gets a row only with the outcome it belongs to.

async function logAttempt(tx: Tx, claimed: ClaimedDelivery, succeeded: boolean, record: AttemptRecord) {
  await tx.webhookAttempt.create({
    data: {
      deliveryId: claimed.id,
      endpointId: claimed.endpointId,
      attempt: claimed.attempts,
      succeeded,
      statusCode: record.statusCode,
      durationMs: record.durationMs,
      // PostgreSQL text cannot hold NUL.
      responseBody: record.responseBody.replaceAll("\u0000", ""),
      error: record.error,
    },
  });
}

export async function markDeliverySucceeded(db: Db, claimed: ClaimedDelivery, record: AttemptRecord): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE webhook_deliveries
         SET status = 'SUCCEEDED', "completedAt" = now(), "lastStatusCode" = ${record.statusCode}, "lastError" = NULL
       WHERE id = ${claimed.id}::uuid AND attempts = ${claimed.attempts} AND status = 'PENDING'`;
    if (updated === 1) await logAttempt(tx, claimed, true, record);
  });
}

/** A failed attempt: retried at `retryAt`, or (null) the delivery fails and its endpoint is turned off. */
export async function markDeliveryAttemptFailed(
  db: Db,
  claimed: ClaimedDelivery,
  record: AttemptRecord,
  retryAt: Date | null,
): Promise<"retry" | "failed"> {
  const lastError = (record.error ?? `HTTP ${record.statusCode}`).slice(0, 2000);
  return db.$transaction(async (tx) => {
    if (retryAt) {
      const updated = await tx.$executeRaw`
        UPDATE webhook_deliveries
           SET "nextAttemptAt" = ${retryAt}, "lastStatusCode" = ${record.statusCode}, "lastError" = ${lastError}
         WHERE id = ${claimed.id}::uuid AND attempts = ${claimed.attempts} AND status = 'PENDING'`;
      if (updated === 1) await logAttempt(tx, claimed, false, record);
      return "retry";
    }
    const updated = await tx.$executeRaw`
      UPDATE webhook_deliveries
         SET status = 'FAILED', "completedAt" = now(), "lastStatusCode" = ${record.statusCode}, "lastError" = ${lastError}
       WHERE id = ${claimed.id}::uuid AND attempts = ${claimed.attempts} AND status = 'PENDING'`;
    if (updated === 1) {
      await logAttempt(tx, claimed, false, record);
      await disableFailingEndpoint(tx, claimed, lastError);
    }
    return "failed";
  });
}

/**
 * Deliveries to an endpoint go out in order, so one that failed for the whole retry window means the endpoint has
 * answered nothing useful for that long: it is turned off (its waiting deliveries are kept) and every active
 * administrator is told, through the e-mail outbox in this same transaction.
 */
async function disableFailingEndpoint(tx: Tx, claimed: ClaimedDelivery, lastError: string): Promise<void> {
  const reason = `Deliveries failed since ${claimed.firstAttemptAt.toISOString()} (${claimed.attempts} attempts); the last error: ${lastError}`;
  const disabled = await tx.webhookEndpoint.updateMany({
    where: { id: claimed.endpointId, active: true },
    data: { active: false, disabledReason: reason.slice(0, 2000) },
  });
  if (disabled.count === 0) return;
  const endpoint = await tx.webhookEndpoint.findUniqueOrThrow({
    where: { id: claimed.endpointId },
    select: { url: true },
  });
  const admins = await tx.user.findMany({ where: { role: "ADMIN", disabledAt: null }, select: { email: true } });
  for (const admin of admins) {
    await enqueueEmail(tx, {
      template: "webhook-endpoint-disabled",
      to: admin.email,
      payload: { endpointId: claimed.endpointId, url: endpoint.url.slice(0, 2048), reason: reason.slice(0, 2000) },
      dedupeKey: `webhook-endpoint-disabled:${claimed.id}:${admin.email}`,
    });
  }
}
