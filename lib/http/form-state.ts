import { type FieldErrors } from "@/lib/errors";

// What a server action hands back to its form (useActionState): a message, one error per field, and the values
// typed so far (never passwords), so the page re-renders with them even without JavaScript. Client components
// import this module; running an action is in lib/http/run-form-action.ts.
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
