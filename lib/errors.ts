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

export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldErrors; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "The requested resource") => new AppError("not_found", `${what} was not found.`);

export const invalidInput = (fields: FieldErrors, message = "Some fields are not valid.") =>
  new AppError("invalid_input", message, { fields });
