// The server Playwright tests run against: a fresh database (seeded, known test passwords), a production build
// (rebuilt only when sources changed), and the shop's server on the e2e port. Cleans up on SIGTERM/SIGINT.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { createDb } from "@/lib/db/client";
import { buildIsFresh } from "@/lib/runtime/build-freshness";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { writeE2eDatabaseUrl } from "../support/e2e-database";
import { freshTestDatabase, openTestServer } from "../support/test-database";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);

async function main(): Promise<void> {
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_e2e");
  const db = createDb(url, 2);
  await seedDemoData(db, testAccounts);
  await db.$disconnect();

  // Browser tests read what the shop wrote (e.g. the e-mail outbox) from this run's database.
  writeE2eDatabaseUrl(E2E_PORT, url);

  const next = createRequire(__filename).resolve("next/dist/bin/next");
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    PUBLIC_BASE_URL: `http://localhost:${E2E_PORT}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-test-secret-0123456789abcdefghijklmnop",
    // Short enough for the throttling test to see the window end; long enough for 20 attempts to fall in one.
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "15",
    CONTACT_SECRET: process.env.CONTACT_SECRET ?? randomBytes(32).toString("base64url"),
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

  if (!buildIsFresh()) {
    const build = spawn(process.execPath, [next, "build"], { stdio: "inherit", env });
    const code = await new Promise<number>((resolve) => build.on("exit", (c) => resolve(c ?? 1)));
    if (code !== 0) {
      await server.dropDatabase(name);
      await server.stop();
      process.exit(code);
    }
  }
  const child = spawn(process.execPath, ["--import", "tsx", "lib/runtime/server.ts"], {
    stdio: "inherit",
    env: { ...env, PORT: String(E2E_PORT) },
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
