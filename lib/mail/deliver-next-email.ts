import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { claimNextEmail } from "./claim-next-email";
import { markEmailAttemptFailed, markEmailSent, releaseClaim } from "./record-delivery";
import { type EmailRenderers, PermanentEmailError, emailRenderers, renderQueuedEmail } from "./renderers";
import type { MailTransport } from "./transport";

export interface DeliveryOptions {
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  renderers?: EmailRenderers;
  /** Deliver only mail to these addresses (see claimNextEmail). */
  recipients?: readonly string[];
}

export type DeliveryOutcome = "idle" | "sent" | "retry" | "failed";

/**
 * SMTP 5xx replies (bad recipient, rejected content) will not change on retry, nor will a missing record (e-mails
 * are queued with what they are about); connection problems and timeouts will.
 */
function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentEmailError) return true;
  if (error instanceof AppError && error.code === "not_found") return true;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * What became of a claim whose outcome the database could not take (it went away mid-delivery). The worker keeps
 * it and writes it once the database answers again, before claiming anything else (lib/mail/mail-worker.ts):
 * - "claim": the claim's answer was lost, so it is not known whether a message was claimed; any claim it made is
 *   released (nothing was sent for it);
 * - "failed": the send failed; a failure caused by the outage itself (rendering reads the database) makes the
 *   message due again at once, any other is recorded as a failed attempt with the usual back-off;
 * - "sent": the message is out; recording it keeps it from being sent again.
 */
export type UnrecordedOutcome =
  | { kind: "claim"; token: string }
  | { kind: "failed"; token: string; id: string; attempt: number; error: string; permanent: boolean; outage: boolean }
  | { kind: "sent"; token: string; id: string; attempt: number };

export class OutcomeNotRecorded extends Error {
  override name = "OutcomeNotRecorded";
  constructor(
    readonly outcome: UnrecordedOutcome,
    readonly reason: unknown,
  ) {
    super(`the outcome of an e-mail claim (${outcome.kind}) could not be recorded`);
  }
}

/** Writes an outcome kept by the worker; throws while the database is still unavailable. */
export async function recordOutcome(db: Db, outcome: UnrecordedOutcome, options: DeliveryOptions): Promise<void> {
  switch (outcome.kind) {
    case "claim":
      return releaseClaim(db, outcome.token);
    case "sent":
      return markEmailSent(db, outcome.id, outcome.attempt);
    case "failed":
      if (outcome.outage) return releaseClaim(db, outcome.token, outcome.error);
      await markEmailAttemptFailed(db, outcome.id, outcome.attempt, outcome.error, { ...options, ...outcome });
  }
}

/**
 * Runs one database write of a delivery; when the database is unavailable the outcome is handed to the worker to
 * record later instead of waiting out the claim's lease.
 */
async function recording<T>(write: () => Promise<T>, outcome: UnrecordedOutcome): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new OutcomeNotRecorded(outcome, error);
    throw error;
  }
}

/** Claims one due message, renders and sends it, and records the outcome. */
export async function deliverNextEmail(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const token = randomUUID();
  const claimed = await recording(() => claimNextEmail(db, options.leaseMs, token, options.recipients), {
    kind: "claim",
    token,
  });
  if (!claimed) return "idle";
  try {
    const rendered = await renderQueuedEmail(
      claimed.template,
      claimed.payload,
      db,
      options.renderers ?? emailRenderers,
    );
    await transport.send({ outboxId: claimed.id, to: claimed.recipient, rendered });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const failure = {
      kind: "failed" as const,
      token,
      id: claimed.id,
      attempt: claimed.attempts,
      error: message,
      permanent: isPermanent(error),
      outage: isDatabaseUnavailable(error),
    };
    const outcome = await recording(
      () =>
        markEmailAttemptFailed(db, claimed.id, claimed.attempts, message, {
          permanent: failure.permanent,
          maxAttempts: options.maxAttempts,
          retryBaseMs: options.retryBaseMs,
        }),
      failure,
    );
    log.warn(outcome === "failed" ? "e-mail failed for good" : "e-mail attempt failed", {
      outboxId: claimed.id,
      template: claimed.template,
      attempt: claimed.attempts,
      reason: message,
    });
    return outcome;
  }
  await recording(() => markEmailSent(db, claimed.id, claimed.attempts), {
    kind: "sent",
    token,
    id: claimed.id,
    attempt: claimed.attempts,
  });
  log.info("e-mail sent", { outboxId: claimed.id, template: claimed.template, via: transport.kind });
  return "sent";
}
