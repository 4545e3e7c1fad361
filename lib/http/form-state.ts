import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type FieldErrors } from "@/lib/errors";
import { toAppError } from "@/lib/http/error-response";
import { log, describeError } from "@/lib/log";
import { fieldErrorsFromZod } from "@/lib/validation";

// What a server action hands back to its form (useActionState): a message, one error per field, and the values
// typed so far (never passwords), so the page re-renders with them even without JavaScript.
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
}

export const idleForm: FormState = { status: "idle" };

const SECRET_FIELD = /password|token/i;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$") && !SECRET_FIELD.test(key)) values[key] = value.slice(0, 500);
  }
  return values;
}

/** Form data → plain object for a zod schema; every field is a single string. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) out[key] = value;
  return out;
}

/**
 * Parses the form with the schema, runs the action, and turns any failure into form state. Next.js redirects
 * (thrown by redirect()) pass through.
 */
export async function runFormAction<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  action: (input: z.infer<S>) => Promise<FormState | void>,
): Promise<FormState> {
  // A server action's arguments are whatever the caller sent: one called by script with anything but a form (an
  // empty argument list, say) is refused here as input, not left to fail reading the form with a 500.
  const form: unknown = formData;
  if (!(form instanceof FormData)) {
    log.warn("server action refused", { reason: "its argument is not a form" });
    return { status: "error", message: "This form could not be read. Reload the page and try again." };
  }
  const values = formValues(formData);
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    return {
      status: "error",
      message: "Please correct the marked fields.",
      fields: fieldErrorsFromZod(parsed.error),
      values,
    };
  }
  try {
    return (await action(parsed.data)) ?? { status: "success", values };
  } catch (error) {
    unstable_rethrow(error);
    const appError = toAppError(error);
    if (appError.code === "internal") log.error("form action failed", describeError(error));
    const retry = appError.details.retryAfterSeconds;
    return {
      status: "error",
      message: retry ? `${appError.message} (try again in ${retry} s)` : appError.message,
      fields: appError.details.fields,
      values,
    };
  }
}
