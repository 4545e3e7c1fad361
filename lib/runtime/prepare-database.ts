import { applyMigrations } from "@/lib/db/migrations";
import { createDb } from "@/lib/db/client";
import type { Env } from "@/lib/env";
import { isDatabaseEmpty, seedDemoData } from "@/prisma/seed/seed";
import { demoAccounts, demoAccountsFile } from "./demo-accounts";

/**
 * Applies migrations, and seeds an empty database (its administrator enrolled in two-factor sign-in under the shop's
 * AUTH_SECRET). Run by `npm start` in a process of its own (lib/runtime/prepare-cli.ts), so the database client,
 * the migrations and the demo catalog are not kept in memory while the shop runs.
 */
export async function prepareDatabase(
  url: string,
  env: Env,
  log: (line: string) => void,
  authSecret: string,
): Promise<void> {
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
}
