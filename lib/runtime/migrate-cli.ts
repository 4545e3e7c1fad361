// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) without the
// Prisma CLI's native engine. `prisma migrate deploy` works on the same folder where that engine is available.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd());

async function main(): Promise<void> {
  const { env } = await import("@/lib/env");
  const { applyMigrations } = await import("@/lib/db/migrations");
  const { startEmbeddedPostgres } = await import("./embedded-postgres");
  if (env.DATABASE_URL) {
    await applyMigrations(env.DATABASE_URL, { log: console.log });
    return;
  }
  const server = await startEmbeddedPostgres({
    dir: env.EMBEDDED_PG_DIR,
    port: env.EMBEDDED_PG_PORT,
    log: console.log,
  });
  try {
    await server.ensureDatabase("shop");
    await applyMigrations(server.urlFor("shop"), { log: console.log });
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
