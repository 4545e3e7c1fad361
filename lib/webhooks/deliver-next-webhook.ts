import type { Db } from "@/lib/db";
import { log } from "@/lib/log";
import { claimNextDelivery } from "./claim-next-delivery";
import { type AddressPolicy, RefusedAddressError, type Resolver, resolveEndpoint } from "./endpoint-address";
import { postWebhook } from "./post-webhook";
import { type AttemptRecord, markDeliveryAttemptFailed, markDeliverySucceeded } from "./record-attempt";
import { nextAttemptAt } from "./retry-schedule";
import { signingSecrets } from "./signing-secrets";
import { webhookHeaders } from "./signing";

export interface WebhookDeliveryOptions {
  leaseMs: number;
  retryBaseMs: number;
  retryWindowMs: number;
  timeoutMs: number;
  policy: AddressPolicy;
  /** DNS, replaceable in tests that need a name to resolve somewhere else. */
  resolver?: Resolver;
}

export type WebhookDeliveryOutcome = "idle" | "succeeded" | "retry" | "failed";

/**
 * Claims one due delivery, sends it and records the outcome. The body is the event's stored JSON and webhook-id
 * its id, on every attempt and redelivery, so receivers can deduplicate; the timestamp and signature are new
 * for each attempt, as the specification wants.
 */
export async function deliverNextWebhook(db: Db, options: WebhookDeliveryOptions): Promise<WebhookDeliveryOutcome> {
  const claimed = await claimNextDelivery(db, options.leaseMs);
  if (!claimed) return "idle";
  const [event, endpoint] = await Promise.all([
    db.webhookEvent.findUniqueOrThrow({
      where: { id: claimed.eventId },
      select: { id: true, type: true, payload: true },
    }),
    db.webhookEndpoint.findUniqueOrThrow({
      where: { id: claimed.endpointId },
      select: { url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true },
    }),
  ]);
  const body = JSON.stringify(event.payload);

  let record: AttemptRecord;
  try {
    const target = await resolveEndpoint(endpoint.url, options.policy, options.resolver);
    const headers = webhookHeaders(signingSecrets(endpoint), event.id, body);
    const result = await postWebhook(target, { ...headers }, body, options.timeoutMs);
    record = {
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      responseBody: result.body,
      error: result.error,
    };
  } catch (error) {
    // Refused before anything was sent: the address is not allowed (now), or the name does not resolve.
    if (!(error instanceof RefusedAddressError)) throw error;
    record = { statusCode: null, durationMs: 0, responseBody: "", error: `Not sent: ${error.message}` };
  }

  const ok = record.statusCode !== null && record.statusCode >= 200 && record.statusCode < 300 && !record.error;
  if (ok) {
    await markDeliverySucceeded(db, claimed, record);
    log.info("webhook delivered", { deliveryId: claimed.id, type: event.type, attempt: claimed.attempts });
    return "succeeded";
  }
  const retryAt = nextAttemptAt(new Date(), claimed.firstAttemptAt, claimed.attempts, options);
  const outcome = await markDeliveryAttemptFailed(db, claimed, record, retryAt);
  log.warn(outcome === "failed" ? "webhook delivery failed for good" : "webhook attempt failed", {
    deliveryId: claimed.id,
    type: event.type,
    attempt: claimed.attempts,
    status: record.statusCode,
    reason: record.error,
  });
  return outcome;
}
