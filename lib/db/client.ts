import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { LOW_STOCK_THRESHOLD } from "@/lib/catalog/stock-state";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "./pool";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// The pool behind each client, for the few hot paths that send one prepared statement straight to the driver
// (placing an order, adding to and reading the cart, the header's cart count, the checkout's rate limit): there
// Prisma's query layer costs more CPU than the statement itself. Kept on globalThis, like the development client in
// lib/db.ts: Next's development server can load this module more than once (one copy per bundle layer), and each
// copy must find the pool of the one shared client.
const globalForPools = globalThis as unknown as { shopDbPools?: WeakMap<object, pg.Pool> };
const pools = (globalForPools.shopDbPools ??= new WeakMap<object, pg.Pool>());

/**
 * Settings every shop connection carries. Catalog search's typo tolerance: "jaket" is 0.44 word-similar to "Chore
 * Jacket"; the default 0.6 misses it. The low-stock threshold, for the triggers that need it (catalog change
 * notifications, the stock.low webhook): one definition, in lib/catalog/stock-state.ts.
 */
export const SESSION_OPTIONS = `-c pg_trgm.word_similarity_threshold=0.4 -c shop.low_stock_threshold=${LOW_STOCK_THRESHOLD}`;

export function createDb(connectionString: string, max = 10): PrismaClient {
  // A short connect timeout makes requests fail fast (503) while the database is down instead of queueing.
  const pool = createPool({
    connectionString,
    max,
    connectionTimeoutMillis: 3_000,
    // Connections stay open (pg closes idle ones after 10 s by default): a new one costs a backend start and its
    // first shop_place_order call compiles the function and plans its statements again, which showed as the slow
    // tail of orders at a steady rate (and ~0.4 ms more PostgreSQL CPU per order). At most `max` per process.
    idleTimeoutMillis: 0,
    options: SESSION_OPTIONS,
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/** The driver pool shared with a client made by createDb; null for a transaction client. */
export function poolOf(db: Db | Tx): pg.Pool | null {
  return pools.get(db) ?? null;
}
