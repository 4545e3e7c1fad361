import { isDatabaseUnavailable, toAppError } from "@/lib/http/error-response";
import { currentRequestOutcome } from "@/lib/http/request-outcome";
import { describeError, log } from "@/lib/log";

// Next.js (and libraries inside it) report failures with console.error and console.warn: a failed render or server
// action is printed as a bare multi-line stack. In the shop's server every such report becomes one JSON log line
// under the request's id; a database outage goes through the one error mapper, which records it for the request
// (so it is answered with 503) and logs it once per request however often it is reported.

function report(level: "warn" | "error", args: unknown[]): void {
  const text = args.filter((a): a is string => typeof a === "string").join(" ");
  const error = args.find((a) => a instanceof Error) ?? args.find((a) => typeof a === "object" && a !== null);
  const outage = [error, { message: text }].find((e) => isDatabaseUnavailable(e));
  if (outage) {
    // Outside the request's context (Next.js runs server actions so) the outage is left to onRequestError
    // (instrumentation.ts), which knows the request by its id.
    if (currentRequestOutcome()) toAppError(outage);
    return;
  }
  const message = text.replace(/^\W+/, "").trim() || (level === "error" ? "unhandled error" : "warning");
  log[level](message, error === undefined ? {} : describeError(error));
}

/** Routes console.error and console.warn of this process to the shop's log (lib/log.ts). */
export function routeConsoleToLog(): void {
  console.error = (...args: unknown[]) => report("error", args);
  console.warn = (...args: unknown[]) => report("warn", args);
}
