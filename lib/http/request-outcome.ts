import { isDatabaseUnavailable } from "@/lib/db/errors";
import { describeError, log } from "@/lib/log";
import { type RequestOutcome, requestContextStore } from "@/lib/request-id";

// What went wrong while a request was handled, for the shop's server to answer by (lib/runtime/outage-response.ts):
// code deep in a render or a server action reports a database outage here, and the server turns the response into
// a 503 with Retry-After. Outside a request (background jobs, tests calling code directly) nothing is recorded.
//
// Next.js runs some of a request's work (server actions) outside the request's async context, so the server also
// files each request's outcome under its id, and Next.js's onRequestError (instrumentation.ts), which is handed
// the request's headers, reports through that.

const OUTCOMES_KEY = Symbol.for("shop.requestOutcomes");
const registry = globalThis as { [OUTCOMES_KEY]?: Map<string, RequestOutcome> };
const outcomes = (registry[OUTCOMES_KEY] ??= new Map<string, RequestOutcome>());

/** Files a request's outcome under its id while it is handled; returns the function that removes it. */
export function fileRequestOutcome(requestId: string, outcome: RequestOutcome): () => void {
  outcomes.set(requestId, outcome);
  return () => outcomes.delete(requestId);
}

/**
 * Records that the database could not be reached during the current request. True the first time for a request
 * (and always outside one), so its caller logs the outage once per request, however many queries failed.
 */
export function noteDatabaseUnavailable(outcome = currentRequestOutcome()): boolean {
  if (!outcome) return true;
  if (outcome.databaseUnavailable) return false;
  outcome.databaseUnavailable = true;
  return true;
}

/** The outcome record of the current request, to read once its response is written (undefined outside one). */
export function currentRequestOutcome(): RequestOutcome | undefined {
  return requestContextStore()?.getStore()?.outcome;
}

/** Whether the current request met a database outage. */
export function databaseWasUnavailable(): boolean {
  return currentRequestOutcome()?.databaseUnavailable ?? false;
}

/**
 * An error Next.js reports for a request (instrumentation.ts): a database outage is recorded for that request and
 * logged once under its id. Other errors are logged by Next.js itself (lib/runtime/console-log.ts).
 */
export function reportRequestError(error: unknown, requestId: string | undefined): void {
  if (!isDatabaseUnavailable(error)) return;
  const outcome = requestId ? outcomes.get(requestId) : undefined;
  if (noteDatabaseUnavailable(outcome ?? currentRequestOutcome())) {
    log.warn("database unavailable", { ...(requestId ? { requestId } : {}), ...describeError(error) });
  }
}
