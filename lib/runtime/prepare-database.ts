import { applyMigrations } from "@/lib/db/migrations";
import { createDb } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { isDatabaseEmpty, seedDemoData } from "@/prisma/seed/seed";
import { demoAccounts, demoAccountsFile } from "./demo-accounts";
import { startEmbeddedPostgres } from "./embedded-postgres";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

const EMBEDDED_DATABASE = "shop";

/**
 * Connects to DATABASE_URL or starts the embedded server, applies migrations, and seeds an empty database (its
 * administrator enrolled in two-factor sign-in under the shop's AUTH_SECRET).
 */
export async function prepareDatabase(
  env: Env,
  log: (line: string) => void,
  authSecret: string,
): Promise<PreparedDatabase> {
  let url = env.DATABASE_URL;
  let stop: () => Promise<void> = () => Promise.resolve();
  if (!url) {
    const server = await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log });
    await server.ensureDatabase(EMBEDDED_DATABASE);
    url = server.urlFor(EMBEDDED_DATABASE);
    stop = () => server.stop();
  }
  const applied = await applyMigrations(url, { log });
  if (applied.length === 0) log("database schema is up to date");

  const db = createDb(url, 2);
  try {
    if (await isDatabaseEmpty(db)) {
      log("empty database: loading the demo catalog");
      const accounts = await demoAccounts(env);
      const counts = await seedDemoData(db, accounts, { authSecret });
      log(`seeded ${counts.products} products with ${counts.variants} variants`);
      log(`demo admin:    ${accounts.adminEmail} / ${accounts.adminPassword}`);
      log(`               two-factor sign-in: add the key ${accounts.adminTotpSecret ?? ""} to an authenticator app`);
      log(`demo customer: ${accounts.customerEmail} / ${accounts.customerPassword}`);
      log(`(these are kept in ${demoAccountsFile})`);
    }
  } finally {
    await db.$disconnect();
  }
  return { url, embedded: !env.DATABASE_URL, stop };
}
