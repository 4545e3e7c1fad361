import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateServerText, translateZodIssue } from "@/lib/i18n/server-text";
import { translator } from "@/lib/i18n/translator";
import { log, describeError } from "@/lib/log";
import { fieldErrorsFromZod } from "@/lib/validation";
import { type FormState, formObject, formValues } from "./form-state";

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
  const language = await currentLanguage();
  if (!(form instanceof FormData)) {
    log.warn("server action refused", { reason: "its argument is not a form" });
    return {
      status: "error",
      message: translateServerText("This form could not be read. Reload the page and try again.", language),
    };
  }
  const values = formValues(formData);
  const parsed = schema.safeParse(formObject(formData));
  if (!parsed.success) {
    return {
      status: "error",
      message: translateServerText("Please correct the marked fields.", language),
      fields: fieldErrorsFromZod(parsed.error, (issue) => translateZodIssue(issue, language)),
      values,
    };
  }
  try {
    return (await action(parsed.data)) ?? { status: "success", values };
  } catch (error) {
    unstable_rethrow(error);
    const appError = toAppError(error, language);
    if (appError.code === "internal") log.error("form action failed", describeError(error));
    const retry = appError.details.retryAfterSeconds;
    const { message, fields } = localizedError(appError, language);
    return {
      status: "error",
      message: retry ? translator(language)("form.tryAgainIn", { message, seconds: retry }) : message,
      fields,
      values,
    };
  }
}
