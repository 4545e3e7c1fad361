import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { describeError, log } from "@/lib/log";
import {
  type DeliveryOptions,
  OutcomeNotRecorded,
  type UnrecordedOutcome,
  deliverNextEmail,
  recordOutcome,
} from "./deliver-next-email";
import { type MailTransport, createMailTransport } from "./transport";

export interface MailWorkerOptions extends Partial<DeliveryOptions> {
  db: Db;
  transport?: MailTransport;
  pollMs?: number;
}

export interface MailWorker {
  /** Finishes the message in hand, then stops. */
  stop(): Promise<void>;
  /** Claims whose outcome is waiting for the database to come back (0 in normal operation). */
  unsettledClaims(): number;
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

  /** Claims whose outcome the database could not take, oldest first; written before anything new is claimed. */
  const unrecorded: UnrecordedOutcome[] = [];
  const recordKept = async () => {
    for (let kept = unrecorded[0]; kept; kept = unrecorded[0]) {
      await recordOutcome(options.db, kept, delivery);
      unrecorded.shift();
      log.info("e-mail claim settled after a database outage", { kind: kept.kind });
    }
  };

  const loop = async () => {
    while (!stopping) {
      try {
        await recordKept();
        const outcome = await deliverNextEmail(options.db, transport, delivery);
        if (outcome === "idle") await pause(pollMs);
      } catch (error) {
        // The database is unreachable or similar. Nothing is claimed for good: a claim whose outcome could not be
        // written is kept and settled as soon as the database answers (a lost claim released, a failed attempt
        // due again, a sent message marked sent), rather than waiting for its lease to run out.
        if (error instanceof OutcomeNotRecorded) {
          unrecorded.push(error.outcome);
          log.warn("e-mail claim kept until the database is back", {
            kind: error.outcome.kind,
            ...describeError(error.reason),
          });
        } else log.error("mail worker could not reach the outbox", describeError(error));
        await pause(pollMs);
      }
    }
  };
  log.info("mail worker started", { transport: transport.kind });
  const running = loop();

  return {
    unsettledClaims: () => unrecorded.length,
    async stop() {
      stopping = true;
      wake();
      await running;
      await recordKept().catch((error: unknown) => {
        // The one case of at-least-once: a message that went out but could not be marked sent before the process
        // stopped is sent again when its lease ends.
        log.warn("mail worker stopped with e-mail claims it could not record; they are retried after their lease", {
          claims: unrecorded.map((u) => ({ kind: u.kind, ...("id" in u ? { outboxId: u.id } : {}) })),
          ...describeError(error),
        });
      });
      transport.close();
      log.info("mail worker stopped");
    },
  };
}
