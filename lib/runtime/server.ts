// The shop's HTTP server: Next.js's request handler behind a plain node:http server, so that the client's address
// comes from the socket (appended to X-Forwarded-For) rather than from whatever a client writes in that header.
// `next start` cannot do this. Every request gets an id (x-request-id) that its log lines and error body carry.
// Runs the background jobs and the mail and webhook workers, and on SIGTERM/SIGINT finishes in-flight requests, stops both
// cleanly and exits 0.
//
// With WEB_CONCURRENCY above 1 (the default is one per available core) this process becomes the primary of a
// node:cluster: it forks that many workers that share the port and each run Next.js with their own caches (kept
// coherent by LISTEN/NOTIFY like separate instances). The background jobs and the mail and webhook workers run once,
// in the first worker (its replacement takes them over), so the primary only forks, watches and drains: it loads
// neither Next.js nor the database client and stays small. A worker that dies is replaced; SIGTERM drains them all.
import "./server-env";
import { AsyncResource } from "node:async_hooks";
import cluster, { type Worker } from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { PageCache } from "./page-cache";
import { closeSharedListeners } from "@/lib/db/shared-listen";
import { describeError, log } from "@/lib/log";
import { env } from "@/lib/env";
import { requestIdFrom } from "@/lib/request-id";
import { declaresTooMuch, guardBody } from "./body-guard";
import { routeConsoleToLog } from "./console-log";
import { builtNextConfig } from "./built-config";
import { linkDuplicateChunks } from "./link-duplicate-chunks";
import { answerOutages } from "./outage-response";
import { checkRequest } from "./request-checks";
import { labelEncodedBodies } from "@/lib/http/content-encoding";
import { withRequestId } from "./request-context";
import { webConcurrency } from "./web-concurrency";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
/** Requests still running this long after SIGTERM are cut off so a deploy cannot hang. */
const DRAIN_MS = 10_000;

function appendPeerAddress(req: IncomingMessage): void {
  const peer = req.socket.remoteAddress ?? "unknown";
  const given = req.headers["x-forwarded-for"];
  const chain = Array.isArray(given) ? given.join(", ") : given;
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
}

/** The path without its query string: tokens travel in query strings (order links) and must not reach logs. */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const end = url.indexOf("?");
  return end < 0 ? url : url.slice(0, end);
}

function logAccess(req: IncomingMessage, res: ServerResponse, started: number): void {
  const fields = {
    method: req.method,
    path: pathOf(req),
    status: res.statusCode,
    durationMs: Math.round(performance.now() - started),
  };
  if (res.statusCode >= 500) log.warn("request", fields);
  else log.info("request", fields);
}

/** Background jobs (order expiry and the like) run inside the server unless JOBS_ENABLED=false. */
async function startJobs(): Promise<() => Promise<void>> {
  if (process.env.JOBS_ENABLED === "false" || !process.env.DATABASE_URL) return () => Promise.resolve();
  const { createDb } = await import("@/lib/db/client");
  const { startPeriodicJobs } = await import("@/lib/jobs/periodic-jobs");
  const db = createDb(process.env.DATABASE_URL, 2);
  const stop = startPeriodicJobs(db);
  return async () => {
    await stop();
    await db.$disconnect();
  };
}

/** The e-mail outbox worker runs inside the server unless MAIL_WORKER=off (then `npm run worker` delivers). */
async function startMailDelivery(): Promise<() => Promise<void>> {
  const { env } = await import("@/lib/env");
  if (env.MAIL_WORKER === "off" || !env.DATABASE_URL) return () => Promise.resolve();
  const { createDb } = await import("@/lib/db/client");
  const { startMailWorker } = await import("@/lib/mail/mail-worker");
  const db = createDb(env.DATABASE_URL, 2);
  const worker = startMailWorker({ db });
  return async () => {
    await worker.stop();
    await db.$disconnect();
  };
}

/** The webhook delivery worker runs inside the server unless WEBHOOK_WORKER=off (then `npm run worker` delivers). */
async function startWebhookDelivery(): Promise<() => Promise<void>> {
  const { env } = await import("@/lib/env");
  if (env.WEBHOOK_WORKER === "off" || !env.DATABASE_URL) return () => Promise.resolve();
  const { createDb } = await import("@/lib/db/client");
  const { startWebhookWorker } = await import("@/lib/webhooks/webhook-worker");
  const db = createDb(env.DATABASE_URL, 2);
  const worker = startWebhookWorker({ db });
  return async () => {
    await worker.stop();
    await db.$disconnect();
  };
}

/** The full-page cache for anonymous shoppers (production only; PAGE_CACHE=off disables it). */
async function startPageCache(): Promise<PageCache | null> {
  const { env } = await import("@/lib/env");
  if (dev || env.PAGE_CACHE === "off" || !env.DATABASE_URL) return null;
  const { PageCache } = await import("./page-cache");
  return new PageCache(env.DATABASE_URL);
}

/** Background work that must run once per machine: in the only process, or in one of a cluster's workers. */
async function startBackgroundWork(): Promise<() => Promise<void>> {
  const stopJobs = await startJobs();
  const stopMail = await startMailDelivery();
  const stopWebhooks = await startWebhookDelivery();
  // The mail and webhook workers finish the message in hand, so nothing is sent twice by a restart.
  return async () => void (await Promise.all([stopJobs(), stopMail(), stopWebhooks()]));
}

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
  // Next.js reports a failed render or server action with console.error: as a JSON log line, not a bare stack.
  routeConsoleToLog();
  const workers = dev ? 1 : webConcurrency(process.env.WEB_CONCURRENCY);
  if (!dev && cluster.isPrimary) {
    const { linked, bytes } = linkDuplicateChunks();
    if (linked > 0) log.info("duplicate server chunks linked", { files: linked, bytes });
  }
  if (workers > 1 && cluster.isPrimary) {
    runPrimary(workers);
    return;
  }
  await runServer({ background: !cluster.isWorker || process.env[BACKGROUND_WORKER_ENV] === "1" });
}

async function runServer(options: { background: boolean }): Promise<void> {
  const { default: next } = await import("next");
  const builtConfig = dev ? null : builtNextConfig();
  if (builtConfig) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(builtConfig);
  const app = next({ dev, hostname: "localhost", port, turbopack: dev });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pageCache = await startPageCache();

  let closing = false;
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    // Route handlers read the id from this header (lib/http/handler.ts), so theirs is the same.
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    appendPeerAddress(req);
    // "close" also follows responses the client abandoned.
    res.once("close", () => {
      withRequestId(requestId, () => logAccess(req, res, started));
      // While draining, a kept-alive connection is closed as soon as its last response is out.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    if (closing) res.setHeader("connection", "close");
    const render = () => {
      handle(req, res).catch((error: unknown) => {
        log.error("request handler failed", describeError(error));
        if (!res.headersSent) res.writeHead(500).end();
      });
    };
    labelEncodedBodies(res);
    withRequestId(
      requestId,
      () => {
        const path = pathOf(req);
        // Unreadable URLs and cross-site page writes are answered here; bodies are bounded (size and time) before
        // the page cache or Next.js sees the request.
        if (checkRequest(req, res, path, render)) return;
        // The body arrives in parser callbacks, outside the request's async context: the handler is bound to it.
        guardBody(
          req,
          res,
          path,
          { timeoutMs: env.REQUEST_TIMEOUT_MS },
          AsyncResource.bind((body?: Buffer) => {
            // A database outage met while rendering a page or running a server action is answered with 503.
            answerOutages(req, res, req.url ?? path, body);
            if (pageCache) pageCache.handle(req, res, render);
            else render();
          }),
        );
      },
      { encodedBodies: true },
    );
  };
  const server = createServer(
    {
      // Node's own limits as a backstop behind the body guard: headers must arrive within the same time, and
      // the check runs every second rather than every 30 s.
      headersTimeout: Math.min(env.REQUEST_TIMEOUT_MS, 60_000),
      requestTimeout: env.REQUEST_TIMEOUT_MS + 5_000,
      connectionsCheckingInterval: 1_000,
    },
    onRequest,
  );
  // A client that asks before sending a body ("Expect: 100-continue") is told at once when it is too large.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (!declaresTooMuch(req, pathOf(req))) res.writeContinue();
    onRequest(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => log.info("server ready", { url: `http://localhost:${port}`, pid: process.pid }));
  const stopBackground = options.background ? await startBackgroundWork() : () => Promise.resolve();
  if (options.background) log.info("background work started", { pid: process.pid });

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info("shutting down: finishing in-flight requests", { signal });
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => {
      log.warn("requests still running after the drain period were cut off", { drainMs: DRAIN_MS });
      server.closeAllConnections();
    }, DRAIN_MS);
    await drained;
    clearTimeout(cutOff);
    await Promise.all([stopBackground(), pageCache?.close()]);
    // The one LISTEN connection both caches share.
    await closeSharedListeners();
    log.info("stopped", { signal });
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // In a cluster the primary forwards SIGINT/SIGTERM; a terminal's Ctrl+C also reaches every worker at once.
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  log.error("server failed to start", describeError(error));
  process.exit(1);
});
