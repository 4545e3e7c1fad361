// The shop's HTTP server: Next.js's request handler behind a plain node:http server, so that the client's address
// comes from the socket (appended to X-Forwarded-For) rather than from whatever a client writes in that header.
// `next start` cannot do this. Every request gets an id (x-request-id) that its log lines and error body carry.
// Runs the background jobs and the mail and webhook workers when asked to, and on SIGTERM/SIGINT finishes in-flight
// requests, stops both cleanly and exits 0. Started by lib/runtime/server.ts, in its own process or in each worker.
import { AsyncResource } from "node:async_hooks";
import { createRequire } from "node:module";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type * as DbClient from "@/lib/db/client";
import type * as PeriodicJobs from "@/lib/jobs/periodic-jobs";
import type * as MailWorker from "@/lib/mail/mail-worker";
import type * as WebhookWorker from "@/lib/webhooks/webhook-worker";
import type * as PageCacheModule from "./page-cache";
import type { PageCache } from "./page-cache";
import { closeSharedListeners } from "@/lib/db/shared-listen";
import { describeError, log } from "@/lib/log";
import { env } from "@/lib/env";
import { requestIdFrom } from "@/lib/request-id";
import { declaresTooMuch, guardBody } from "./body-guard";
import { builtNextConfig } from "./built-config";
import { answerOutages } from "./outage-response";
import { checkRequest } from "./request-checks";
import { labelEncodedBodies } from "@/lib/http/content-encoding";
import { withRequestId } from "./request-context";
import { DRAIN_MS } from "./server-process";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

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

/**
 * Loads what is switched on only when it is: the database client and workers, the page cache. The server runs under
 * tsx's CommonJS hook (lib/runtime/server-process.ts), which `import()` bypasses.
 */
const load = createRequire(__filename);

type Db = ReturnType<typeof DbClient.createDb>;
type Stop = () => Promise<void>;

/** Background jobs (order expiry and the like). */
function startJobs(db: Db): Stop {
  const { startPeriodicJobs } = load("@/lib/jobs/periodic-jobs") as typeof PeriodicJobs;
  return startPeriodicJobs(db);
}

/** The e-mail outbox worker (with MAIL_WORKER=off, `npm run worker` delivers instead). */
function startMailDelivery(db: Db): Stop {
  const { startMailWorker } = load("@/lib/mail/mail-worker") as typeof MailWorker;
  const worker = startMailWorker({ db });
  return () => worker.stop();
}

/** The webhook delivery worker (with WEBHOOK_WORKER=off, `npm run worker` delivers instead). */
function startWebhookDelivery(db: Db): Stop {
  const { startWebhookWorker } = load("@/lib/webhooks/webhook-worker") as typeof WebhookWorker;
  const worker = startWebhookWorker({ db });
  return () => worker.stop();
}

/** The full-page cache for anonymous shoppers (production only; PAGE_CACHE=off disables it). */
function startPageCache(): PageCache | null {
  if (dev || env.PAGE_CACHE === "off" || !env.DATABASE_URL) return null;
  const { PageCache } = load("./page-cache") as typeof PageCacheModule;
  return new PageCache(env.DATABASE_URL);
}

/** Background work that must run once per machine: in the only process, or in one of a cluster's workers. */
function startBackgroundWork(): Stop {
  const parts = [
    process.env.JOBS_ENABLED !== "false" && startJobs,
    env.MAIL_WORKER !== "off" && startMailDelivery,
    env.WEBHOOK_WORKER !== "off" && startWebhookDelivery,
  ].filter((part) => part !== false);
  const url = env.DATABASE_URL;
  if (!url || parts.length === 0) return () => Promise.resolve();
  // One database client for all of them: each Prisma client carries its own query compiler and schema graph, so a
  // client per part cost the worker running them tens of MB more than the others. Two connections per part, as
  // when each had a pool of its own.
  const { createDb } = load("@/lib/db/client") as typeof DbClient;
  const db = createDb(url, 2 * parts.length);
  const stops = parts.map((start) => start(db));
  return async () => {
    // The mail and webhook workers finish the message in hand, so nothing is sent twice by a restart.
    await Promise.all(stops.map((stop) => stop()));
    await db.$disconnect();
  };
}

/** Serves the shop in this process: the only one, or a worker of the cluster (lib/runtime/server.ts). */
export async function runServer(options: { background: boolean }): Promise<void> {
  const { default: next } = await import("next");
  const builtConfig = dev ? null : builtNextConfig();
  if (builtConfig) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(builtConfig);
  const app = next({ dev, hostname: "localhost", port, turbopack: dev });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pageCache = startPageCache();

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
  const stopBackground = options.background ? startBackgroundWork() : () => Promise.resolve();
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
