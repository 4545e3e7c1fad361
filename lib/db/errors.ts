/**
 * True for a unique-constraint violation — Prisma's P2002, or PostgreSQL's 23505 as raw queries report it —
 * optionally on a given column or constraint.
 */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: unknown; message?: unknown };
  const text = `${typeof code === "string" ? code : ""} ${JSON.stringify(meta ?? {})} ${typeof message === "string" ? message : ""}`;
  if (!/P2002|23505/.test(text)) return false;
  return column ? text.includes(column) : true;
}

/**
 * A refusal raised by one of the shop's database functions (`RAISE … USING ERRCODE = 'P0001', MESSAGE =
 * 'shop:<reason>'`, the rows concerned as a comma-separated DETAIL), or null for any other error.
 */
export function shopRefusal(error: unknown): { reason: string; ids: Set<string> } | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, message, detail } = error as { code?: unknown; message?: unknown; detail?: unknown };
  if (code !== "P0001" || typeof message !== "string" || !message.startsWith("shop:")) return null;
  return { reason: message.slice("shop:".length), ids: new Set(typeof detail === "string" ? detail.split(",") : []) };
}

// Connection-level failures: the database is down, restarting or unreachable. Answer 503 so clients and load
// balancers retry. Node's socket errors, PostgreSQL's connection-exception class (08xxx) and shutdown codes
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), Prisma's own connection codes, and the
// driver adapter's error kinds for the same (a raw query's "Code: `N/A`" error carries only the kind).
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "P1001", "P1008", "P1017"]);
const UNAVAILABLE_KINDS = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout"]);
const UNAVAILABLE_SQLSTATE = /^(08\w{3}|57P0[123])$/;
const UNAVAILABLE_MESSAGE =
  /can't reach database|connection terminated|server has closed the connection|timeout exceeded when trying to connect|DatabaseNotReachable|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|not queryable|Code: `(08\w{3}|57P0[123])`/i;

function unavailableCode(code: unknown): boolean {
  return typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code));
}

/**
 * Looks through the error, its causes and Prisma's `meta` (where a driver error's SQLSTATE ends up, e.g. for a
 * raw query that failed with 57P01) for a sign that the database could not be reached.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 12; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const { code, originalCode, kind, message, cause, meta, driverAdapterError } = e as Record<string, unknown>;
    if (unavailableCode(code) || unavailableCode(originalCode)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(cause, meta, driverAdapterError);
  }
  return false;
}
