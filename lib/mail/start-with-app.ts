import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { startMailWorker } from "./mail-worker";

/** Called once per server process from instrumentation.ts; MAIL_WORKER=off leaves delivery to `npm run worker`. */
export function startMailWorkerWithApp(): void {
  if (env.MAIL_WORKER === "off" || env.NODE_ENV === "test") return;
  const worker = startMailWorker({ db });
  const stop = () => void worker.stop();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
