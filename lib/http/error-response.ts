import { ZodError } from "zod";
import { AppError, type ErrorCode, type FieldErrors, errorStatus } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { fieldErrorsFromZod } from "@/lib/validation";

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId: string };
}

// Connection-level failures: the database is down or restarting. Answer 503 so clients and load balancers retry.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P03", "P1001", "P1017"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") return false;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (
      typeof message === "string" &&
      /can't reach database|connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable/i.test(
        message,
      )
    )
      return true;
    e = cause;
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
