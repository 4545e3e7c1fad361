import type { ZodError } from "zod";
import type { FieldErrors } from "@/lib/errors";

/** One message per field (the first), keyed by the dot-joined path; form-level issues go under "_form". */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}
