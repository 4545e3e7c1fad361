import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { claimNextEmail } from "./claim-next-email";
import { markEmailAttemptFailed, markEmailSent } from "./record-delivery";
import { type EmailRenderers, PermanentEmailError, emailRenderers, renderQueuedEmail } from "./renderers";
import type { MailTransport } from "./transport";

export interface DeliveryOptions {
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  renderers?: EmailRenderers;
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
 * The message is out: recording that must not be lost to a brief database hiccup, or the message would be sent
 * again when its lease ends. Retried for up to a minute, well within the lease.
 */
async function recordSent(db: Db, id: string, attempt: number): Promise<void> {
  for (let tries = 1; ; tries++) {
    try {
      await markEmailSent(db, id, attempt);
      return;
    } catch (error) {
      if (tries >= 12) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/** Claims one due message, renders and sends it, and records the outcome. */
export async function deliverNextEmail(
  db: Db,
  transport: MailTransport,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const claimed = await claimNextEmail(db, options.leaseMs);
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
    const outcome = await markEmailAttemptFailed(db, claimed.id, claimed.attempts, message, {
      permanent: isPermanent(error),
      maxAttempts: options.maxAttempts,
      retryBaseMs: options.retryBaseMs,
    });
    log.warn(outcome === "failed" ? "e-mail failed for good" : "e-mail attempt failed", {
      outboxId: claimed.id,
      template: claimed.template,
      attempt: claimed.attempts,
      reason: message,
    });
    return outcome;
  }
  await recordSent(db, claimed.id, claimed.attempts);
  log.info("e-mail sent", { outboxId: claimed.id, template: claimed.template, via: transport.kind });
  return "sent";
}
