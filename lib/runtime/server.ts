// The shop's HTTP server: Next.js's request handler behind a plain node:http server, so that the client's address
// comes from the socket (appended to X-Forwarded-For) rather than from whatever a client writes in that header.
// `next start` cannot do this. Also drains in-flight requests on SIGTERM/SIGINT before exiting.
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import type { PageCache } from "./page-cache";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

function appendPeerAddress(req: IncomingMessage): void {
  const peer = req.socket.remoteAddress ?? "unknown";
  const given = req.headers["x-forwarded-for"];
  const chain = Array.isArray(given) ? given.join(", ") : given;
  req.headers["x-forwarded-for"] = chain ? `${chain}, ${peer}` : peer;
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

/** The full-page cache for anonymous shoppers (production only; PAGE_CACHE=off disables it). */
async function startPageCache(): Promise<PageCache | null> {
  const { env } = await import("@/lib/env");
  if (dev || env.PAGE_CACHE === "off" || !env.DATABASE_URL) return null;
  const { PageCache } = await import("./page-cache");
  return new PageCache(env.DATABASE_URL);
}

async function main(): Promise<void> {
  const app = next({ dev, hostname: "localhost", port, turbopack: dev });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pageCache = await startPageCache();
  const server = createServer((req, res) => {
    appendPeerAddress(req);
    if (pageCache) pageCache.handle(req, res, () => void handle(req, res));
    else void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => console.log(`[shop] ready on http://localhost:${port}`));
  const stopJobs = await startJobs();
  const stopMail = await startMailDelivery();

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`[shop] ${signal}: finishing in-flight requests`);
    // The mail worker finishes the message in hand, so nothing is sent twice by a restart.
    server.close(() => void Promise.all([stopJobs(), stopMail(), pageCache?.close()]).finally(() => process.exit(0)));
    server.closeIdleConnections();
    // Long-polling or stuck clients must not keep the process alive forever.
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
