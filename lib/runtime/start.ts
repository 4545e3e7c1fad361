// `npm start`: database (given or embedded) → migrations → demo seed on first run → build if stale → serve.
// `npm run dev` does the same with Next's development server. Stops the embedded database when the server exits.
// This launcher stays alive as long as the shop, so it keeps little: it runs under tsx's CommonJS hook (no loader
// thread, no compiler process; lib/runtime/server-process.ts), loads its modules with `require`, and leaves the
// migrations and the demo seed to a process of its own that exits (lib/runtime/prepare-cli.ts).
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { loadEnvConfig } from "@next/env";
import type * as EnvModule from "@/lib/env";
import type * as OpenDatabaseModule from "./open-database";
import type * as SecretsModule from "./secrets";
import type * as BuildFreshness from "./build-freshness";
// No imports of its own, so loaded at once: its error check is needed even when main fails early.
import { SERVER_PROCESS_ENV, entryArgs, isConfigurationError, say, serverArgs } from "./server-process";

const dev = process.argv.includes("--dev");
loadEnvConfig(process.cwd(), dev);

const load = createRequire(__filename);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<void> {
  const { env } = load("@/lib/env") as typeof EnvModule;
  const { openDatabase } = load("./open-database") as typeof OpenDatabaseModule;
  const { buildIsFresh } = load("./build-freshness") as typeof BuildFreshness;
  const { ensureSecret } = load("./secrets") as typeof SecretsModule;

  // The secret first: the demo administrator's two-factor secret is sealed under it when the database is seeded.
  const authSecret = env.AUTH_SECRET ?? (await ensureSecret("auth"));
  const database = await openDatabase(env, say);
  const childEnv = {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    PORT: String(env.PORT),
    CONTACT_SECRET: env.CONTACT_SECRET ?? (await ensureSecret("contact")),
    // The zero-set-up demo (embedded database) takes test payments unless told otherwise; with DATABASE_URL the
    // test provider is off unless PAYMENT_TEST_MODE=on is set explicitly.
    PAYMENT_TEST_MODE: env.PAYMENT_TEST_MODE ?? (database.embedded ? "on" : "off"),
  };
  const next = load.resolve("next/dist/bin/next");

  let child: ChildProcess | undefined;
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    child?.kill(signal);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  // Migrations and the demo seed, in a process that exits when they are done.
  child = run(process.execPath, entryArgs("lib/runtime/prepare-cli.ts"), {
    ...SERVER_PROCESS_ENV,
    ...childEnv,
  });
  let code = await waitFor(child);
  if (code === 0 && !dev && !stopping && !buildIsFresh()) {
    say("building the shop (first start or sources changed)…");
    child = run(process.execPath, [next, "build"], { ...childEnv, NODE_ENV: "production" });
    code = await waitFor(child);
  }
  if (code === 0 && !stopping) {
    say(`serving on http://localhost:${env.PORT}`);
    child = run(process.execPath, serverArgs({ dev }), {
      ...SERVER_PROCESS_ENV,
      ...childEnv,
      NODE_ENV: dev ? "development" : "production",
    });
    code = await waitFor(child);
  }
  await database.stop();
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(isConfigurationError(error) ? error.message : error);
  process.exit(1);
});
