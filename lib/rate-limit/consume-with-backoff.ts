import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashRateLimitKey } from "./consume-rate-limit";

export interface Backoff {
  /** What is being slowed down, e.g. `login:failures:${email}:${address}`; stored hashed. */
  key: string;
  /** Attempts allowed back to back before the waits start. */
  freeAttempts: number;
  /** The longest wait between two attempts. */
  maxWaitSeconds: number;
  /** Quiet for this long and the count starts again. */
  windowSeconds: number;
}

/** How long to wait after `attempts` uncleared attempts: nothing, then 1 s, 2 s, 4 s… up to the cap. */
export function backoffSeconds(attempts: number, freeAttempts: number, maxWaitSeconds: number): number {
  return attempts < freeAttempts ? 0 : Math.min(2 ** (attempts - freeAttempts), maxWaitSeconds);
}

interface Row {
  count: number;
  sinceMs: number;
}

/**
 * Slows a key down instead of shutting it out: each attempt must come at least backoffSeconds(count) after the
 * previous one, or it is refused with rate_limited and the Retry-After still to wait (and is not counted). The row
 * (rate_limit_buckets: `windowStart` is the last counted attempt) is locked while deciding, so racing attempts
 * queue rather than slip through together. resetRateLimit clears it, e.g. after a successful sign-in.
 */
export async function consumeWithBackoff(db: Db, limit: Backoff): Promise<void> {
  const key = hashRateLimitKey(limit.key);
  const waitMs = await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO rate_limit_buckets (key, "windowStart", count) VALUES (${key}, now(), 0) ON CONFLICT (key) DO NOTHING`;
    const [row] = await tx.$queryRaw<Row[]>`
      SELECT count, (EXTRACT(EPOCH FROM (now() - "windowStart")) * 1000)::float8 AS "sinceMs"
        FROM rate_limit_buckets WHERE key = ${key} FOR UPDATE`;
    const since = row?.sinceMs ?? 0;
    const count = !row || since >= limit.windowSeconds * 1000 ? 0 : row.count;
    const wait = backoffSeconds(count, limit.freeAttempts, limit.maxWaitSeconds) * 1000 - since;
    if (count > 0 && wait > 0) return wait;
    await tx.$executeRaw`UPDATE rate_limit_buckets SET count = ${count + 1}, "windowStart" = now() WHERE key = ${key}`;
    return 0;
  });
  if (waitMs > 0) {
    throw new AppError("rate_limited", "Too many attempts. Please wait a little and try again.", {
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    });
  }
}
