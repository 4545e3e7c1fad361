// The server Playwright tests run against: a fresh database (seeded, known test passwords), a production build
// (rebuilt only when sources changed), and the shop's server on the e2e port. Cleans up on SIGTERM/SIGINT.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createDb } from "@/lib/db/client";
import { SERVER_PROCESS_ENV, serverArgs } from "@/lib/runtime/server-process";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { writeE2eDatabaseUrl } from "../support/e2e-database";
import { ensureProductionBuild, productionBuildEnv } from "../support/production-build";
import { freshTestDatabase, openTestServer } from "../support/test-database";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

async function main(): Promise<void> {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_e2e");
  const db = createDb(url, 2);
  await seedDemoData(db, testAccounts, { authSecret: productionBuildEnv(url).AUTH_SECRET });
  await db.$disconnect();

  // Browser tests read what the shop wrote (e.g. the e-mail outbox) from this run's database.
  writeE2eDatabaseUrl(E2E_PORT, url);

  const env = {
    ...productionBuildEnv(url),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // Short enough for the throttling test to see the window end; long enough for 20 attempts to fall in one.
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "15",
    CONTACT_SECRET: process.env.CONTACT_SECRET ?? randomBytes(32).toString("base64url"),
    // As `npm start` does for the demo: the built-in test provider takes payments, and pages say so.
    PAYMENT_TEST_MODE: "on",
    // The webhook test's receiver listens on loopback over plain http: allowed for this test server only.
    WEBHOOK_ALLOW_PRIVATE: "on",
    WEBHOOK_ALLOW_HTTP: "on",
    WEBHOOK_WORKER_POLL_MS: "200",
  };
  const running: { child?: ChildProcess } = {};
  const cleanup = async () => {
    running.child?.kill("SIGTERM");
    await server.dropDatabase(name).catch(() => undefined);
    await server.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void cleanup());
  process.on("SIGINT", () => void cleanup());

  try {
    await ensureProductionBuild(url);
  } catch (error) {
    console.error(error);
    await server.dropDatabase(name);
    await server.stop();
    process.exit(1);
  }
  // Started as `npm start` starts it, so the journeys run against the process a shop runs.
  const child = spawn(process.execPath, serverArgs(), {
    stdio: "inherit",
    // One process: the page-cache journeys look at what this process cached.
    env: { ...SERVER_PROCESS_ENV, WEB_CONCURRENCY: "1", ...env, PORT: String(E2E_PORT) },
  });
  running.child = child;
  child.on("exit", (code) => {
    if (code !== null && code !== 0) process.exit(code);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
