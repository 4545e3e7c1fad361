import pg from "pg";
import { describeError, log } from "@/lib/log";

/**
 * A pg pool whose `query` keeps the connection when the server refuses one statement. pg-pool's own `query` closes
 * the connection on any error, so every unique violation, failed check or refusal raised by a shop_* function
 * (an item sold out, a cart over its limit) cost a new connection: a backend started, authenticated and its plans
 * prepared again. During a sell-out that churn, not the database, was what made checkouts wait, up to the pool's
 * connect timeout. Prisma's adapter sends its non-transaction queries through this method too.
 */
export function createPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle connection the server closes (a restart, an idle timeout) is reported here and dropped by the pool.
  // Without a listener that event would crash the process; Prisma's adapter adds its own only once it connects.
  pool.on("error", (error) => log.warn("idle database connection lost", describeError(error)));
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;

  async function query(config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    const client = await pool.connect();
    // A connection that fails while checked out emits 'error' on the client; without a listener that would crash
    // the process. The query's promise rejects with it as well, so nothing more to do here.
    const ignore = () => undefined;
    client.on("error", ignore);
    try {
      const result = await client.query(config, values);
      client.removeListener("error", ignore);
      client.release();
      return result;
    } catch (error) {
      client.removeListener("error", ignore);
      client.release(refusedStatement(error) ? undefined : toError(error));
      throw error;
    }
  }

  // The promise forms are ours and Prisma's; a callback form (none in this project) keeps pg-pool's behaviour.
  pool.query = ((...args: unknown[]) =>
    args.some((a) => typeof a === "function") || isSubmittable(args[0])
      ? poolQuery(...args)
      : query(args[0] as string | pg.QueryConfig, args[1] as unknown[] | undefined)) as typeof pool.query;
  return pool;
}

/**
 * An error the server reported for a statement, after which the session goes on: anything but a FATAL or PANIC
 * (the server closing the session) or a connection-class SQLSTATE. A broken socket is no DatabaseError at all, and
 * pg-pool drops a connection that is no longer queryable whatever it is told.
 */
function refusedStatement(error: unknown): boolean {
  return (
    error instanceof pg.DatabaseError &&
    error.severity !== "FATAL" &&
    error.severity !== "PANIC" &&
    !error.code?.startsWith("08")
  );
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function isSubmittable(value: unknown): boolean {
  return typeof value === "object" && value !== null && typeof (value as { submit?: unknown }).submit === "function";
}
