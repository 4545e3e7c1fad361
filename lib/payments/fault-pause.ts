import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { paymentTestMode } from "./payment-mode";

export type FaultPoint = "delayed-payment:before-commit" | "delayed-payment:after-commit";

/** Long enough for a fault test to see the log line and kill the process; the request is never meant to finish. */
const HOLD_MS = 120_000;

/**
 * For fault tests: holds the request at a named point of a test-provider payment, after saying so in the log, so
 * the test can kill the process exactly there (tests/faults/delayed-payment-kill.test.ts). Inert unless
 * PAYMENT_FAULT_PAUSE_AT names this point and the built-in test provider is on.
 */
export async function faultPause(point: FaultPoint, paymentId: string): Promise<void> {
  if (env.PAYMENT_FAULT_PAUSE_AT !== point || !paymentTestMode()) return;
  log.warn("payment held for a fault test", { point, paymentId });
  await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
}
