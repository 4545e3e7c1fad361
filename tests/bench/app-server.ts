// The app the benchmarks measure: a fresh, seeded database (TEST_DATABASE_URL or DATABASE_URL, else the embedded
// test server), a production build (rebuilt only when sources changed) and the shop's server
// (lib/runtime/server.ts) on its own port.
import { type ChildProcess, execSync, spawn } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { SERVER_PROCESS_ENV, serverArgs } from "@/lib/runtime/server-process";
import { seedDemoData } from "@/prisma/seed/seed";
import { testAccounts } from "../support/accounts";
import { ensureProductionBuild } from "../support/production-build";
import { freshTestDatabase, openTestServer } from "../support/test-database";

const BENCH_AUTH_SECRET = process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdefghijklmnopqrstuv";

export interface BenchApp {
  baseUrl: string;
  databaseName: string;
  databaseUrl: string;
  /** The server process (for its memory use). */
  pid: number;
  stop(): Promise<void>;
}

export interface BenchAppOptions {
  /** Environment for the server on top of the benchmark defaults. */
  env?: Record<string, string>;
  /** Extra `node` arguments, e.g. `--import` of an instrumentation module. */
  nodeArgs?: string[];
  /** Runs against the fresh, seeded database before the server starts. */
  prepare?: (databaseUrl: string) => Promise<void>;
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not become healthy within 60 s");
}

export async function startBenchApp(port: number, options: BenchAppOptions = {}): Promise<BenchApp> {
  const baseUrl = `http://localhost:${port}`;
  const server = await openTestServer();
  const { name, url } = await freshTestDatabase(server, "shop_bench");
  let app: ChildProcess | undefined;
  const stop = async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((r) => app?.once("exit", r));
      app.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    await server.dropDatabase(name).catch(() => undefined);
    await server.stop();
  };
  try {
    const db = createDb(url, 2);
    await seedDemoData(db, testAccounts, { authSecret: BENCH_AUTH_SECRET });
    await db.$disconnect();
    await options.prepare?.(url);
    await ensureProductionBuild(url);

    const env = {
      ...SERVER_PROCESS_ENV,
      ...process.env,
      DATABASE_URL: url,
      NODE_ENV: "production" as const,
      NEXT_TELEMETRY_DISABLED: "1",
      PUBLIC_BASE_URL: baseUrl,
      LOG_LEVEL: "warn",
      AUTH_SECRET: BENCH_AUTH_SECRET,
      PORT: String(port),
      PAYMENT_TEST_MODE: "on",
      // One server process unless the run asks for workers (the SQL counter lives in the server process).
      WEB_CONCURRENCY: "1",
      ...options.env,
    };
    // BENCH_NODE_ARGS adds node flags to the server (e.g. "--trace-gc"); its output then goes to
    // tests/bench/results/server.log.
    const extraArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
    if (extraArgs.length > 0) mkdirSync(path.resolve("tests/bench/results"), { recursive: true });
    const serverLog = extraArgs.length > 0 ? openSync(path.resolve("tests/bench/results/server.log"), "w") : "ignore";
    app = spawn(process.execPath, serverArgs({ nodeArgs: [...(options.nodeArgs ?? []), ...extraArgs] }), {
      stdio: ["ignore", serverLog, "inherit"],
      env,
    });
    await waitForHealth(baseUrl);
    return { baseUrl, databaseName: name, databaseUrl: url, pid: app.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** CPU model and cores, memory, OS and Node version of this machine. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function commit(): string {
  try {
    const sha = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    const dirty = execSync("git status --porcelain", { encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return "unknown";
  }
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a README. */
export async function recordSection(file: string, name: string, text: string): Promise<void> {
  const { readFile, writeFile } = await import("node:fs/promises");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const readme = await readFile(file, "utf8");
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`);
  await writeFile(file, `${readme.slice(0, from + start.length)}\n${text}\n${readme.slice(to)}`);
}
