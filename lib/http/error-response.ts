import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { AppError, type ErrorCode, type FieldErrors, errorStatus } from "@/lib/errors";
import { translateMessageText, translateZodIssue } from "@/lib/i18n/server-text";
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
export function toAppError(error: unknown, language = "en"): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("invalid_input", "Some fields are not valid.", {
      fields: fieldErrorsFromZod(error, (issue) => translateZodIssue(issue, language)),
    });
  }
  if (isDatabaseUnavailable(error)) {
    if (noteDatabaseUnavailable()) log.warn("database unavailable", describeError(error));
    return new AppError("service_unavailable", "The shop is temporarily unavailable. Please try again in a moment.", {
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    });
  }
  return new AppError("internal", "Something went wrong on our side. Please try again.");
}

/** An error's message and field messages in `language` (the code stays as it is, for programs). */
export function localizedError(appError: AppError, language: string): { message: string; fields?: FieldErrors } {
  const fields = appError.texts.fields;
  return {
    message: translateMessageText(appError.texts.message, language),
    ...(fields
      ? {
          fields: Object.fromEntries(
            Object.entries(fields).map(([key, text]) => [key, translateMessageText(text, language)]),
          ),
        }
      : {}),
  };
}

/**
 * Maps any thrown value to the shop's JSON error shape, in the client's language (Accept-Language); internals are
 * logged, never sent.
 */
export function errorResponse(error: unknown, requestId: string, language = "en"): Response {
  const appError = toAppError(error, language);
  if (appError.code === "internal") log.error("unhandled error", { requestId, ...describeError(error) });

  const body: ErrorBody = {
    error: {
      code: appError.code,
      ...localizedError(appError, language),
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
