import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import { type DeliveryOptions, deliverNextEmail } from "./deliver-next-email";
import { type MailTransport, createMailTransport } from "./transport";

export interface MailWorkerOptions extends Partial<DeliveryOptions> {
  db: Db;
  transport?: MailTransport;
  pollMs?: number;
}

export interface MailWorker {
  /** Finishes the message in hand, then stops. */
  stop(): Promise<void>;
}

// A claim outlives the longest possible send (SMTP timeouts are far shorter), so no two workers hold one message.
const DEFAULT_LEASE_MS = 5 * 60 * 1000;

/** Delivers due outbox messages one at a time until stopped; sleeps pollMs when nothing is due. */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const transport = options.transport ?? createMailTransport(options.db);
  const pollMs = options.pollMs ?? env.MAIL_WORKER_POLL_MS;
  const delivery: DeliveryOptions = {
    leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
    retryBaseMs: options.retryBaseMs ?? env.MAIL_RETRY_BASE_MS,
    maxAttempts: options.maxAttempts ?? env.MAIL_MAX_ATTEMPTS,
    renderers: options.renderers,
  };
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
        const outcome = await deliverNextEmail(options.db, transport, delivery);
        if (outcome === "idle") await pause(pollMs);
      } catch (error) {
        // The database is unreachable or similar: nothing was claimed for good, so wait and try again.
        log.error("mail worker could not reach the outbox", describeError(error));
        await pause(pollMs);
      }
    }
  };
  log.info("mail worker started", { transport: transport.kind });
  const running = loop();

  return {
    async stop() {
      stopping = true;
      wake();
      await running;
      transport.close();
      log.info("mail worker stopped");
    },
  };
}
