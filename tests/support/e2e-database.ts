import { readFileSync } from "node:fs";
import pg from "pg";

// Playwright loads tests as CommonJS, which the generated (ESM) Prisma client does not support, so browser tests
// check what a journey stored with plain SQL.

/** Where tests/e2e/serve.ts records the database of the server on this port. */
export function e2eDatabaseFile(port: number): string {
  return `.data/e2e-database-${port}.json`;
}

/** Runs fn with a connection to the database the browser tests' server uses. */
export async function withE2eDatabase<T>(
  fn: (client: pg.Client) => Promise<T>,
  port = Number(process.env.E2E_PORT ?? 3100),
): Promise<T> {
  const { url } = JSON.parse(readFileSync(e2eDatabaseFile(port), "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
