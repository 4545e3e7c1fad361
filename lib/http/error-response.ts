import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { AppError, type ErrorCode, type FieldErrors, errorStatus } from "@/lib/errors";
import { describeError, log } from "@/lib/log";
import { fieldErrorsFromZod } from "@/lib/validation";
import { noteDatabaseUnavailable } from "./request-outcome";

export { isDatabaseUnavailable };

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; requestId: string };
}

/** How long a client is asked to wait before trying again while the database is unavailable. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * The one mapper from anything thrown to the shop's error model. A database outage is also recorded for the request
 * (so a page or server action is answered with 503 and Retry-After like the API, lib/runtime/outage-response.ts)
 * and logged as one warning per request, however many times it is mapped.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("invalid_input", "Some fields are not valid.", { fields: fieldErrorsFromZod(error) });
  }
  if (isDatabaseUnavailable(error)) {
    if (noteDatabaseUnavailable()) log.warn("database unavailable", describeError(error));
    return new AppError("service_unavailable", "The shop is temporarily unavailable. Please try again in a moment.", {
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    });
  }
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}

/** Maps any thrown value to the shop's JSON error shape; internals are logged, never sent. */
export function errorResponse(error: unknown, requestId: string): Response {
  const appError = toAppError(error);
  if (appError.code === "internal") log.error("unhandled error", { requestId, ...describeError(error) });

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
