import pg from "pg";
import { type DatabaseServer, createFreshDatabase, openDatabaseServer } from "@/lib/runtime/database-server";

// Tests use TEST_DATABASE_URL (or DATABASE_URL) when given, else an embedded server kept in .data/postgres-test.
// Every run gets its own fresh, migrated database; databases left by killed runs are dropped at the next start.

export const TEST_PG_DIR = ".data/postgres-test";
export const TEST_PG_PORT = 54330;

export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export async function openTestServer(): Promise<DatabaseServer> {
  return openDatabaseServer({ url: testServerUrl(), embeddedDir: TEST_PG_DIR, embeddedPort: TEST_PG_PORT });
}

const STALE_AFTER_MS = 60 * 60 * 1000;

/** The creation time encoded in a fresh database's name (prefix_<base36 ms>_<random>). */
function createdAt(name: string): number {
  const stamp = name.split("_").at(-2) ?? "";
  return Number.parseInt(stamp, 36) || 0;
}

/**
 * Drops databases with this prefix that are over an hour old and nobody is connected to: left behind by runs
 * that were killed. Younger ones may belong to a run that is still setting up.
 */
export async function dropStaleDatabases(server: DatabaseServer, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.urlFor("postgres") });
  await client.connect().catch(() => undefined);
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database d WHERE datname LIKE $1
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
      [`${prefix}\\_%`],
    );
    for (const { datname } of rows) {
      if (Date.now() - createdAt(datname) > STALE_AFTER_MS) await server.dropDatabase(datname);
    }
  } catch {
    // Best effort: a server we may not list databases on is simply left alone.
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function freshTestDatabase(server: DatabaseServer, prefix: string) {
  await dropStaleDatabases(server, prefix);
  return createFreshDatabase(server, prefix);
}
