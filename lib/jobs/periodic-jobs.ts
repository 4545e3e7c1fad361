import type { Db } from "@/lib/db";
import { describeError, log } from "@/lib/log";
import { expireUnpaidOrders } from "@/lib/orders/expire-unpaid-orders";
import { remindUnpaidTransfers } from "@/lib/orders/remind-unpaid-transfers";
import { settleDueTestPayments } from "@/lib/payments/test-payment-actions";
import { pruneRateLimits } from "@/lib/rate-limit/consume-rate-limit";
import { pruneWebhookLog } from "@/lib/webhooks/prune-webhook-log";

interface Job {
  name: string;
  everyMs: number;
  run: (db: Db) => Promise<unknown>;
}

// Each job is safe to run in several instances at once (row locks, SKIP LOCKED, idempotent transitions).
const jobs: Job[] = [
  { name: "expire-unpaid-orders", everyMs: 30_000, run: (db) => expireUnpaidOrders(db) },
  { name: "remind-unpaid-transfers", everyMs: 60_000, run: (db) => remindUnpaidTransfers(db) },
  { name: "settle-test-payments", everyMs: 2_000, run: (db) => settleDueTestPayments(db) },
  { name: "prune-rate-limits", everyMs: 3_600_000, run: (db) => pruneRateLimits(db) },
  { name: "prune-webhook-log", everyMs: 3_600_000, run: (db) => pruneWebhookLog(db) },
];

/** Starts the background jobs; the returned function stops them after the runs in progress finish. */
export function startPeriodicJobs(db: Db): () => Promise<void> {
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) =>
    setInterval(() => {
      const run = job
        .run(db)
        .catch((error: unknown) => log.warn("background job failed", { job: job.name, ...describeError(error) }))
        .finally(() => running.delete(run));
      running.add(run);
    }, job.everyMs),
  );
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.all(running);
  };
}
