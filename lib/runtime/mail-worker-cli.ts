// `npm run worker`: the e-mail and webhook delivery workers as their own process, for deployments that run the web
// server with MAIL_WORKER=off and WEBHOOK_WORKER=off (otherwise the web server runs them itself). Stops on
// SIGINT/SIGTERM after finishing the message in hand.
import { loadEnvConfig } from "@next/env";
import { isConfigurationError } from "./server-process";

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");

async function main(): Promise<void> {
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    console.error("[worker] DATABASE_URL is not set. A separate worker needs the shop's database URL.");
    process.exit(1);
  }
  const { db } = await import("@/lib/db");
  const { startMailWorker } = await import("@/lib/mail/mail-worker");
  const { startWebhookWorker } = await import("@/lib/webhooks/webhook-worker");
  const workers = [startMailWorker({ db }), startWebhookWorker({ db })];
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.all(workers.map((worker) => worker.stop()))
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(isConfigurationError(error) ? error.message : error);
  process.exit(1);
});
