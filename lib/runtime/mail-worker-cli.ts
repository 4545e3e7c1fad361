// `npm run worker`: the e-mail delivery worker as its own process, for deployments that run the web server with
// MAIL_WORKER=off (otherwise the web server runs the worker itself). Stops on SIGINT/SIGTERM after finishing the
// message in hand.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");

async function main(): Promise<void> {
  const { env } = await import("@/lib/env");
  if (!env.DATABASE_URL) {
    console.error("[worker] DATABASE_URL is not set. A separate worker needs the shop's database URL.");
    process.exit(1);
  }
  const { db } = await import("@/lib/db");
  const { startMailWorker } = await import("@/lib/mail/mail-worker");
  const worker = startMailWorker({ db });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error && error.name === "EnvError" ? error.message : error);
  process.exit(1);
});
