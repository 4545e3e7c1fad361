import type { ZodError } from "zod";
import type { FieldErrors } from "@/lib/errors";

/**
 * One message per field (the first), keyed by the dot-joined path; form-level issues go under "_form".
 * Fields the schema does not know (a client-sent price, say) are named individually.
 */
export function fieldErrorsFromZod(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "This field is not accepted.";
      continue;
    }
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    fields[key] ??= issue.message;
  }
  return fields;
}
