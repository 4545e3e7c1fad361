import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";

/**
 * Control characters other than tab, line feed and carriage return. PostgreSQL refuses NUL in text, and the others
 * only ever come from hostile or broken clients (forged log lines, terminal escapes), so every text field refuses
 * them at the schema with a field error instead of letting them reach the database.
 */
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export const controlCharacterMessage = "This field contains characters that are not allowed.";

export function hasControlCharacter(value: string): boolean {
  return controlCharacter.test(value);
}

/**
 * The one string schema of the codebase: `z.string()` that refuses control characters. Lint forbids a bare
 * `z.string()` so that the rule cannot be forgotten in a new field. Chain `.trim()`, `.max()`… as usual.
 */
export function safeString(params?: Parameters<typeof z.string>[0]) {
  // eslint-disable-next-line no-restricted-syntax -- the one place the bare schema is built
  return z.string(params).refine((value) => !hasControlCharacter(value), controlCharacterMessage);
}

/**
 * One message per field (the first), keyed by the dot-joined path; form-level issues go under "_form". Messages are
 * the schemas' English unless `message` says otherwise (the error mappers pass lib/i18n/server-text.ts's).
 * Fields the schema does not know (a client-sent price, say) are named individually.
 */
export function fieldErrorsFromZod(
  error: z.ZodError,
  message: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "This field is not accepted.";
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fields[key] ??= message(issue);
  }
  return fields;
}
