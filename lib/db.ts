import { env } from "@/lib/env";
import { createDb, type Db } from "@/lib/db/client";

export type { Db, Tx } from "@/lib/db/client";

function connectionStringFromEnv(): string {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the shop with `npm start`, which provides an embedded PostgreSQL, or set DATABASE_URL.",
    );
  }
  return env.DATABASE_URL;
}

// The app's one client per process, reused across hot reloads in development.
const globalForDb = globalThis as unknown as { shopDb?: Db };
export const db: Db = globalForDb.shopDb ?? createDb(connectionStringFromEnv(), env.DATABASE_POOL_SIZE);
if (env.NODE_ENV === "development") globalForDb.shopDb = db;
