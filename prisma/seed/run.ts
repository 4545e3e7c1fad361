// `npm run db:seed`: loads the demo catalog and accounts into DATABASE_URL or the embedded database.
// Safe to run again: existing rows are left as they are.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd());

async function main(): Promise<void> {
  const { env } = await import("@/lib/env");
  const { createDb } = await import("@/lib/db/client");
  const { startEmbeddedPostgres } = await import("@/lib/runtime/embedded-postgres");
  const { applyMigrations } = await import("@/lib/db/migrations");
  const { demoAccounts, demoAccountsFile } = await import("@/lib/runtime/demo-accounts");
  const { seedDemoData } = await import("./seed");
  const { ensureSecret } = await import("@/lib/runtime/secrets");

  const server = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dir: env.EMBEDDED_PG_DIR, port: env.EMBEDDED_PG_PORT, log: console.log });
  if (server) await server.ensureDatabase("shop");
  const url = env.DATABASE_URL ?? server?.urlFor("shop") ?? "";
  await applyMigrations(url, { log: console.log });
  const db = createDb(url, 2);
  try {
    const authSecret = env.AUTH_SECRET ?? (await ensureSecret("auth"));
    const counts = await seedDemoData(db, await demoAccounts(env), { authSecret });
    console.log(
      `demo catalog: ${counts.products} products, ${counts.variants} variants; accounts in ${demoAccountsFile}`,
    );
  } finally {
    await db.$disconnect();
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
