import { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldErrors, errorStatus } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { fieldErrorsFromZod } from "@/lib/validation";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId: string };
}

// Connection-level failures: the database is down, restarting or unreachable. Answer 503 so clients and load
// balancers retry. Node's socket errors, PostgreSQL's connection-exception class (08xxx) and shutdown codes
// (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now), and Prisma's own connection codes.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "P1001", "P1017"]);
const UNAVAILABLE_SQLSTATE = /^(08\w{3}|57P0[123])$/;
const UNAVAILABLE_MESSAGE =
  /can't reach database|connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|not queryable|Code: `(08\w{3}|57P0[123])`/i;

function unavailableCode(code: unknown): boolean {
  return typeof code === "string" && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code));
}

/**
 * Looks through the error, its causes and Prisma's `meta` (where a driver error's SQLSTATE ends up, e.g. for a
 * raw query that failed with 57P01) for a sign that the database could not be reached.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 12; seen++) {
    const e = queue.shift();
    if (!e || typeof e !== "object") continue;
    const { code, originalCode, message, cause, meta, driverAdapterError } = e as Record<string, unknown>;
    if (unavailableCode(code) || unavailableCode(originalCode)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
    queue.push(cause, meta, driverAdapterError);
  }
  return false;
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("invalid_input", "Some fields are not valid.", { fields: fieldErrorsFromZod(error) });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError("service_unavailable", "The shop is temporarily unavailable. Please try again in a moment.", {
      retryAfterSeconds: 5,
    });
  }
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}

/** Maps any thrown value to the shop's JSON error shape; internals are logged, never sent. */
export function errorResponse(error: unknown, requestId: string): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") log.error("unhandled error", { requestId, ...describeError(error) });
  else if (appError.code === "service_unavailable")
    log.warn("database unavailable", { requestId, ...describeError(error) });

  const body: ErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details.fields ? { fields: appError.details.fields } : {}),
      requestId,
    },
  };
  const headers = new Headers({
    "content-type": "application/json",
    "x-request-id": requestId,
    "cache-control": "no-store",
  });
  if (appError.details.retryAfterSeconds !== undefined)
    headers.set("retry-after", String(appError.details.retryAfterSeconds));
  return new Response(JSON.stringify(body), { status: errorStatus[appError.code], headers });
}
