import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { SERVER_PROCESS_ENV, serverArgs } from "@/lib/runtime/server-process";

// The shop's production server (lib/runtime/server.ts on the built app) as a child process, with its JSON log
// lines collected, for tests that restart, kill or run several of them.

export interface LogLine {
  level: string;
  message: string;
  requestId?: string;
  [field: string]: unknown;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ShopProcess {
  port: number;
  baseUrl: string;
  pid: number;
  /** Every JSON log line written so far (stdout and stderr). */
  logs: LogLine[];
  /** Everything written that was not a JSON log line. */
  otherOutput: string[];
  exited: Promise<Exit>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<Exit>;
  /** SIGKILL: no chance to finish anything. */
  kill(): Promise<Exit>;
  /**
   * Waits until PostgreSQL has closed every session of this process. A statement the process sent just before it
   * was killed still runs (and commits) after the process is gone; a check of the database must wait for it.
   */
  databaseSessionsEnded(timeoutMs?: number): Promise<void>;
  /** How many sessions this process has open in PostgreSQL now. */
  databaseSessions(): Promise<number>;
}

export interface ShopOptions {
  port: number;
  databaseUrl: string;
  /** Extra environment, e.g. SMTP_URL or MAIL_WORKER_POLL_MS. */
  env?: Record<string, string>;
  /** How long to wait for the server to answer (a cold start reads the build from disk). */
  startTimeoutMs?: number;
  /** Started as a merchant or a container does, with `npm start` or `npm run serve`; `pid` is then npm's. */
  npmScript?: "start" | "serve";
}

export const TEST_AUTH_SECRET = "fault-test-secret-0123456789abcdefghijklmnop";
export const TEST_CONTACT_SECRET = "fault-test-contact-secret-0123456789abcdefgh";

function collectLines(stream: NodeJS.ReadableStream, logs: LogLine[], other: string[]): void {
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buffered += chunk;
    let newline = buffered.indexOf("\n");
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf("\n");
      if (!line.trim()) continue;
      try {
        const parsed = JSON.parse(line) as unknown;
        if (parsed && typeof parsed === "object" && "message" in parsed) logs.push(parsed as LogLine);
        else other.push(line);
      } catch {
        other.push(line);
      }
    }
  });
}

async function waitUntilServing(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error("the shop exited while starting");
    const up = await fetch(`${baseUrl}/api/ping`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the shop did not answer on ${baseUrl} within ${timeoutMs} ms`);
}

async function sessionsNamed(databaseUrl: string, applicationName: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    return result.rows[0]?.count ?? 0;
  } finally {
    await client.end();
  }
}

async function waitForSessionsToEnd(databaseUrl: string, applicationName: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let open = await sessionsNamed(databaseUrl, applicationName);
  while (open > 0) {
    if (Date.now() > deadline) throw new Error(`${open} database sessions of ${applicationName} still open`);
    await new Promise((r) => setTimeout(r, 50));
    open = await sessionsNamed(databaseUrl, applicationName);
  }
}

export async function startShopProcess(options: ShopOptions): Promise<ShopProcess> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const command = options.npmScript ? "npm" : process.execPath;
  const args = options.npmScript ? ["run", "--silent", options.npmScript] : serverArgs();
  // node-postgres names its sessions after PGAPPNAME, so this process's sessions can be told from any other's.
  const applicationName = `shop-test-${randomUUID()}`;
  const child = spawn(command, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...SERVER_PROCESS_ENV,
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOSTNAME: "127.0.0.1",
      PORT: String(options.port),
      PUBLIC_BASE_URL: baseUrl,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      CONTACT_SECRET: TEST_CONTACT_SECRET,
      LOG_LEVEL: "info",
      // Every shopper in these tests is 127.0.0.1, and the per-address count is shared by all tests on the database.
      CHECKOUT_RATE_LIMIT_PER_MINUTE: "100000",
      PAYMENT_TEST_MODE: "on",
      // One process unless a test asks for workers: tests read this process's logs and signal its pid.
      WEB_CONCURRENCY: "1",
      PGAPPNAME: applicationName,
      ...options.env,
    },
  });
  const logs: LogLine[] = [];
  const otherOutput: string[] = [];
  if (child.stdout) collectLines(child.stdout, logs, otherOutput);
  if (child.stderr) collectLines(child.stderr, logs, otherOutput);
  const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const signalAndWait = (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  try {
    await waitUntilServing(baseUrl, child, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await signalAndWait("SIGKILL");
    throw new Error(`${String(error)}\n${otherOutput.slice(-20).join("\n")}`);
  }
  return {
    port: options.port,
    baseUrl,
    pid: child.pid ?? 0,
    logs,
    otherOutput,
    exited,
    stop: () => signalAndWait("SIGTERM"),
    kill: () => signalAndWait("SIGKILL"),
    databaseSessionsEnded: (timeoutMs = 15_000) =>
      waitForSessionsToEnd(options.databaseUrl, applicationName, timeoutMs),
    databaseSessions: () => sessionsNamed(options.databaseUrl, applicationName),
  };
}
