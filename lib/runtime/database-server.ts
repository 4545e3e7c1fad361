import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrations";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded-postgres";

export type DatabaseServer = EmbeddedServer;

/** A PostgreSQL server given by URL: databases are created beside the one the URL names. */
export function externalServer(url: string): DatabaseServer {
  const urlFor = (database: string) => {
    const u = new URL(url);
    u.pathname = `/${database}`;
    return u.toString();
  };
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    urlFor,
    ensureDatabase: async (database) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    dropDatabase: (database) => admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`),
    stop: () => Promise.resolve(),
  };
}

/** The server tests and tools use: the given URL when there is one, else a project-local embedded server. */
export async function openDatabaseServer(options: {
  url?: string | undefined;
  embeddedDir: string;
  embeddedPort: number;
  log?: (line: string) => void;
}): Promise<DatabaseServer> {
  if (options.url) return externalServer(options.url);
  return startEmbeddedPostgres({ dir: options.embeddedDir, port: options.embeddedPort, log: options.log });
}

/** Creates a fresh, migrated database with a unique name. */
export async function createFreshDatabase(
  server: DatabaseServer,
  prefix: string,
): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await server.ensureDatabase(name);
  const url = server.urlFor(name);
  await applyMigrations(url);
  return { name, url };
}
