import { createHash } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { poolOf } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export interface RateLimit {
  /** What is being limited and for whom, e.g. `login:account:${email}`; stored hashed, never in clear. */
  key: string;
  limit: number;
  windowSeconds: number;
}

interface Row {
  count: number;
  retryAfterMs: number;
}

/** Keys are stored hashed: they hold e-mail and client addresses. */
export const hashRateLimitKey = (key: string) => createHash("sha256").update(key).digest("base64url");
const hashKey = hashRateLimitKey;

// $1 the hashed key, $2 the window in seconds. One atomic upsert: concurrent attempts cannot slip past the limit.
const CONSUME_SQL = `
  INSERT INTO rate_limit_buckets (key, "windowStart", count) VALUES ($1, now(), 1)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limit_buckets."windowStart" <= now() - make_interval(secs => $2::int)
                 THEN 1 ELSE rate_limit_buckets.count + 1 END,
    "windowStart" = CASE WHEN rate_limit_buckets."windowStart" <= now() - make_interval(secs => $2::int)
                 THEN now() ELSE rate_limit_buckets."windowStart" END
  RETURNING count,
    (EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => $2::int) - now())) * 1000)::int AS "retryAfterMs"`;

/**
 * Counts one attempt against a fixed window kept in PostgreSQL, so every app instance shares the count.
 * One atomic upsert: concurrent attempts cannot slip past the limit. Throws rate_limited (429 + Retry-After).
 */
export async function consumeRateLimit(db: Db | Tx, { key, limit, windowSeconds }: RateLimit): Promise<void> {
  const values = [hashKey(key), windowSeconds];
  // Straight to the driver as a prepared statement where the client has a pool (checkout calls this per order);
  // inside a transaction through Prisma.
  const pool = poolOf(db);
  const rows = pool
    ? (await pool.query<Row>({ name: "rate-limit.consume", text: CONSUME_SQL, values })).rows
    : await db.$queryRawUnsafe<Row[]>(CONSUME_SQL, ...values);
  const row = rows[0];
  if (row && row.count > limit) {
    throw new AppError("rate_limited", "Too many attempts. Please wait a little and try again.", {
      // now() is each transaction's start, so racing attempts can see a window that "starts later"; clamp.
      retryAfterSeconds: Math.min(windowSeconds, Math.max(1, Math.ceil(row.retryAfterMs / 1000))),
    });
  }
}

/** Counts against several limits (e.g. per account and per address); the first one exceeded throws. */
export async function consumeRateLimits(db: Db | Tx, limits: RateLimit[]): Promise<void> {
  const results = await Promise.allSettled(limits.map((limit) => consumeRateLimit(db, limit)));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure) throw failure.reason;
}

/** Forgets a key's count, e.g. after a successful login. */
export async function resetRateLimit(db: Db | Tx, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM rate_limit_buckets WHERE key = ${hashKey(key)}`;
}

/** Removes windows that ended long ago; cheap to call from a periodic job. */
export async function pruneRateLimits(db: Db, olderThanSeconds = 86_400): Promise<number> {
  return db.$executeRaw`DELETE FROM rate_limit_buckets WHERE "windowStart" < now() - make_interval(secs => ${olderThanSeconds})`;
}
