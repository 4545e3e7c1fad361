import type { MessageText } from "@/lib/i18n/server-message";

// The one error model. Domain code throws AppError with a code; the HTTP edge maps the code to a status.

export const errorStatus = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  out_of_stock: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** Field path (dot-joined) → the message to show next to that field. */
export type FieldErrors = Record<string, string>;

/** Field path → its message, fixed or templated (serverMessage), before translation. */
export type FieldMessages = Record<string, MessageText>;

export class AppError extends Error {
  override name = "AppError";
  /** The details in English (fields as text), for logs and for code that inspects them. */
  readonly details: { fields?: FieldErrors; retryAfterSeconds?: number };
  /** The message and field messages as written, for the error mappers to translate (lib/http/error-response.ts). */
  readonly texts: { message: MessageText; fields?: FieldMessages };

  /** `message` is English text or a serverMessage template; either is what a reader sees when not translated. */
  constructor(
    readonly code: ErrorCode,
    message: MessageText,
    details: { fields?: FieldMessages; retryAfterSeconds?: number } = {},
  ) {
    super(String(message));
    this.texts = { message, ...(details.fields ? { fields: details.fields } : {}) };
    const { fields, ...rest } = details;
    this.details = fields
      ? { ...rest, fields: Object.fromEntries(Object.entries(fields).map(([key, text]) => [key, String(text)])) }
      : rest;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** "The order was not found." — the whole sentence, so that it can be translated as one. */
export const notFound = (message = "The requested resource was not found.") => new AppError("not_found", message);

export const invalidInput = (fields: FieldMessages, message: MessageText = "Some fields are not valid.") =>
  new AppError("invalid_input", message, { fields });
