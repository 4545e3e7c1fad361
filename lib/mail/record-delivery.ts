import type { Db } from "@/lib/db";

const MAX_DELAY_MS = 60 * 60 * 1000;

/** Wait before attempt n+1 after n failed attempts: base × 2^(n−1), capped at an hour. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
}

// Each update is fenced by the attempt number: a worker whose lease ran out cannot overwrite a newer outcome.

export async function markEmailSent(db: Db, id: string, attempt: number): Promise<void> {
  await db.$executeRaw`
    UPDATE email_outbox SET status = 'SENT', "sentAt" = now(), "lastError" = NULL
     WHERE id = ${id}::uuid AND attempts = ${attempt} AND status = 'PENDING'`;
}

export async function markEmailAttemptFailed(
  db: Db,
  id: string,
  attempt: number,
  error: string,
  options: { permanent: boolean; maxAttempts: number; retryBaseMs: number },
): Promise<"failed" | "retry"> {
  const lastError = error.slice(0, 2000);
  if (options.permanent || attempt >= options.maxAttempts) {
    await db.$executeRaw`
      UPDATE email_outbox SET status = 'FAILED', "lastError" = ${lastError}
       WHERE id = ${id}::uuid AND attempts = ${attempt} AND status = 'PENDING'`;
    return "failed";
  }
  const delaySeconds = retryDelayMs(attempt, options.retryBaseMs) / 1000;
  await db.$executeRaw`
    UPDATE email_outbox
       SET "lastError" = ${lastError}, "nextAttemptAt" = now() + make_interval(secs => ${delaySeconds}::double precision)
     WHERE id = ${id}::uuid AND attempts = ${attempt} AND status = 'PENDING'`;
  return "retry";
}

/**
 * Makes a claimed message due again at once, when its claim could not be used: the answer to the claim was lost,
 * or the attempt failed because the database was unavailable, which says nothing about the message.
 */
export async function releaseClaim(db: Db, token: string, error?: string): Promise<void> {
  await db.$executeRaw`
    UPDATE email_outbox
       SET "nextAttemptAt" = now(), "lastError" = COALESCE(${error?.slice(0, 2000) ?? null}, "lastError")
     WHERE "claimToken" = ${token}::uuid AND status = 'PENDING'`;
}
