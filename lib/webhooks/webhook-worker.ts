import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { addressPolicyFromEnv } from "./address-policy-from-env";
import { type WebhookDeliveryOptions, deliverNextWebhook } from "./deliver-next-webhook";

export interface WebhookWorkerOptions extends Partial<WebhookDeliveryOptions> {
  db: Db;
  pollMs?: number;
}

export interface WebhookWorker {
  /** Finishes the delivery in hand, then stops. */
  stop(): Promise<void>;
}

// Longer than the longest request (WEBHOOK_TIMEOUT_MS is at most a minute), so no two workers hold one delivery.
const DEFAULT_LEASE_MS = 2 * 60 * 1000;

export function webhookDeliveryOptions(overrides: Partial<WebhookDeliveryOptions> = {}): WebhookDeliveryOptions {
  return {
    leaseMs: overrides.leaseMs ?? DEFAULT_LEASE_MS,
    retryBaseMs: overrides.retryBaseMs ?? env.WEBHOOK_RETRY_BASE_MS,
    retryWindowMs: overrides.retryWindowMs ?? env.WEBHOOK_RETRY_WINDOW_HOURS * 3_600_000,
    timeoutMs: overrides.timeoutMs ?? env.WEBHOOK_TIMEOUT_MS,
    policy: overrides.policy ?? addressPolicyFromEnv(),
    ...(overrides.resolver ? { resolver: overrides.resolver } : {}),
  };
}

/** Delivers due webhooks one at a time until stopped; sleeps pollMs when nothing is due. */
export function startWebhookWorker(options: WebhookWorkerOptions): WebhookWorker {
  const pollMs = options.pollMs ?? env.WEBHOOK_WORKER_POLL_MS;
  const delivery = webhookDeliveryOptions(options);
  let stopping = false;
  let wake: () => void = () => undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = async () => {
    while (!stopping) {
      try {
        const outcome = await deliverNextWebhook(options.db, delivery);
        if (outcome === "idle") await pause(pollMs);
      } catch (error) {
        log.error("webhook worker could not reach its queue", describeError(error));
        await pause(pollMs);
      }
    }
  };
  log.info("webhook worker started");
  const running = loop();

  return {
    async stop() {
      stopping = true;
      wake();
      await running;
      log.info("webhook worker stopped");
    },
  };
}
