// Starts the shop's HTTP server (lib/runtime/http-server.ts).
//
// With WEB_CONCURRENCY above 1 (the default is one per available core) this process becomes the primary of a
// node:cluster: it forks that many workers that share the port and each run Next.js with their own caches (kept
// coherent by LISTEN/NOTIFY like separate instances). The background jobs and the mail and webhook workers run once,
// in the first worker (its replacement takes them over), so the primary only forks, watches and drains: it loads
// neither Next.js, nor the database client, nor the request checks, and stays small. A worker that dies is replaced;
// SIGTERM drains them all.
import "./server-env";
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import type * as ConsoleLog from "./console-log";
import type * as HttpServer from "./http-server";
import { describeError, log } from "@/lib/log";
import { linkDuplicateChunks } from "./link-duplicate-chunks";
import { DRAIN_MS, isConfigurationError } from "./server-process";
import { webConcurrency } from "./web-concurrency";

const dev = process.argv.includes("--dev");
/** Loaded only where requests are served. The server runs under tsx's CommonJS hook, which `import()` bypasses. */
const load = createRequire(__filename);

/** Set by the primary on the one worker that runs the background work. */
const BACKGROUND_WORKER_ENV = "SHOP_BACKGROUND_WORKER";

/** A worker that keeps dying is restarted at most this often, so a broken deploy does not spin the CPU. */
const RESTART_BACKOFF_MS = [0, 1_000, 5_000, 15_000];

function runPrimary(workers: number): void {
  log.info("starting server workers", { workers, pid: process.pid });
  let closing = false;
  let recentCrashes = 0;
  // Each worker accepts connections itself from the shared socket (SCHED_NONE) instead of the primary accepting
  // and passing each one over IPC (round robin): a worker that dies then takes only the connections it held, and
  // nothing queued for it in the primary waits for an answer that never comes (seen under round robin: new
  // connections hanging for many seconds after a worker was killed).
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  // The worker that runs the background work; when it dies, the worker started in its place takes it over.
  let background: Worker | null = null;
  const fork = () => {
    const runsBackground = background === null || background.isDead();
    const worker = cluster.fork({ [BACKGROUND_WORKER_ENV]: runsBackground ? "1" : "0" });
    if (runsBackground) background = worker;
  };
  let serving = false;
  cluster.on("listening", () => (serving = true));
  cluster.on("exit", (worker: Worker, code: number | null, signal: string | null) => {
    if (closing) return;
    // A worker that dies before any worker ever served is a start that fails (configuration, build): exit as the
    // single process would, instead of restarting it forever.
    if (!serving) {
      log.error("server worker failed to start", { pid: worker.process.pid, code, signal });
      closing = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGKILL");
      process.exit(1);
    }
    recentCrashes++;
    setTimeout(() => (recentCrashes = Math.max(0, recentCrashes - 1)), 60_000).unref();
    const delay = RESTART_BACKOFF_MS[Math.min(recentCrashes - 1, RESTART_BACKOFF_MS.length - 1)] ?? 0;
    log.warn("server worker exited; starting a new one", { pid: worker.process.pid, code, signal, delayMs: delay });
    setTimeout(() => {
      if (!closing) fork();
    }, delay);
  });
  for (let i = 0; i < workers; i++) fork();

  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info("shutting down: draining server workers", { signal });
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once("exit", () => resolve());
            // Each worker drains its own requests (DRAIN_MS) and exits; one that hangs past that is killed.
            const kill = setTimeout(() => worker.process.kill("SIGKILL"), DRAIN_MS + 5_000);
            worker.once("exit", () => clearTimeout(kill));
            worker.process.kill(signal);
          }),
      ),
    );
    log.info("stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

async function main(): Promise<void> {
  const workers = dev ? 1 : webConcurrency(process.env.WEB_CONCURRENCY);
  if (!dev && cluster.isPrimary) {
    const { linked, bytes } = linkDuplicateChunks();
    if (linked > 0) log.info("duplicate server chunks linked", { files: linked, bytes });
  }
  if (workers > 1 && cluster.isPrimary) {
    runPrimary(workers);
    return;
  }
  // Next.js reports a failed render or server action with console.error: as a JSON log line, not a bare stack.
  // Only where requests are served: the primary runs no Next.js, and the routing loads the error mapper.
  (load("./console-log") as typeof ConsoleLog).routeConsoleToLog();
  const { runServer } = load("./http-server") as typeof HttpServer;
  await runServer({ background: !cluster.isWorker || process.env[BACKGROUND_WORKER_ENV] === "1" });
}
main().catch((error: unknown) => {
  if (isConfigurationError(error)) console.error(error.message);
  else log.error("server failed to start", describeError(error));
  process.exit(1);
});
