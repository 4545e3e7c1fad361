import { createHash } from "node:crypto";
import type { Pool, QueryResultRow } from "pg";
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

/**
 * One atomic upsert that counts an attempt against a fixed window: concurrent attempts cannot slip past the limit.
 * `key` and `window` are its parameter numbers (the hashed key, the window in seconds), so it can also run as a
 * CTE inside another statement (countAttemptWith).
 */
const consumeSql = (key: number, window: number) => `
  INSERT INTO rate_limit_buckets (key, "windowStart", count) VALUES ($${key}, now(), 1)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limit_buckets."windowStart" <= now() - make_interval(secs => $${window}::int)
                 THEN 1 ELSE rate_limit_buckets.count + 1 END,
    "windowStart" = CASE WHEN rate_limit_buckets."windowStart" <= now() - make_interval(secs => $${window}::int)
                 THEN now() ELSE rate_limit_buckets."windowStart" END
  RETURNING count,
    (EXTRACT(EPOCH FROM ("windowStart" + make_interval(secs => $${window}::int) - now())) * 1000)::int AS "retryAfterMs"`;
const CONSUME_SQL = consumeSql(1, 2);

/** Throws rate_limited (429 + Retry-After) when the count returned by the upsert is past the limit. */
function refuseOverLimit(row: Row | undefined, { limit, windowSeconds }: RateLimit): void {
  if (row && row.count > limit) {
    throw new AppError("rate_limited", "Too many attempts. Please wait a little and try again.", {
      // now() is each transaction's start, so racing attempts can see a window that "starts later"; clamp.
      retryAfterSeconds: Math.min(windowSeconds, Math.max(1, Math.ceil(row.retryAfterMs / 1000))),
    });
  }
}

/**
 * Counts one attempt against a fixed window kept in PostgreSQL, so every app instance shares the count.
 * One atomic upsert: concurrent attempts cannot slip past the limit. Throws rate_limited (429 + Retry-After).
 */
export async function consumeRateLimit(db: Db | Tx, limit: RateLimit): Promise<void> {
  const values = [hashKey(limit.key), limit.windowSeconds];
  // Straight to the driver as a prepared statement where the client has a pool; inside a transaction through Prisma.
  const pool = poolOf(db);
  const rows = pool
    ? (await pool.query<Row>({ name: "rate-limit.consume", text: CONSUME_SQL, values })).rows
    : await db.$queryRawUnsafe<Row[]>(CONSUME_SQL, ...values);
  refuseOverLimit(rows[0], limit);
}

export interface ReadStatement {
  /** Prepared statement name; the counted statement is prepared as `<name>.counted`. */
  name: string;
  /** A SELECT without ORDER BY (the rows are ordered by `orderBy`). */
  text: string;
  values: readonly unknown[];
  /** Output columns of the SELECT to order the rows by. */
  orderBy?: readonly string[];
}

/**
 * Counts one attempt against `limit` and runs a read in the same round trip (a hot path saves a statement): the
 * upsert is a CTE of the read, so the attempt counts even when the read finds nothing. Throws rate_limited before
 * the rows are used; otherwise returns the read's rows.
 */
export async function countAttemptWith<R extends QueryResultRow>(
  pool: Pool,
  limit: RateLimit,
  read: ReadStatement,
): Promise<R[]> {
  const key = read.values.length + 1;
  const order = read.orderBy?.length ? ` ORDER BY ${read.orderBy.map((column) => `q."${column}"`).join(", ")}` : "";
  // LEFT JOIN: one row even when the read finds none; `NOT (q IS NULL)` tells those apart (a row of the read has a
  // value somewhere).
  const text = `WITH rate AS (${consumeSql(key, key + 1)})
    SELECT rate.count AS "rate:count", rate."retryAfterMs" AS "rate:retryAfterMs", NOT (q IS NULL) AS "rate:found", q.*
    FROM rate LEFT JOIN LATERAL (${read.text}) q ON true${order}`;
  const { rows } = await pool.query<QueryResultRow>({
    name: `${read.name}.counted`,
    text,
    values: [...read.values, hashKey(limit.key), limit.windowSeconds],
  });
  const first = rows[0];
  refuseOverLimit(
    first ? { count: first["rate:count"] as number, retryAfterMs: first["rate:retryAfterMs"] as number } : undefined,
    limit,
  );
  return rows.filter((row) => row["rate:found"] === true).map(withoutRateColumns<R>);
}

function withoutRateColumns<R>(row: QueryResultRow): R {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !column.startsWith("rate:"))) as R;
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
