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
