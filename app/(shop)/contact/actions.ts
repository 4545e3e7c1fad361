"use server";

import { action } from "@/lib/http/action";
import { issueFormToken, readFormToken } from "@/lib/contact/form-token";
import { submitContactMessage } from "@/lib/contact/submit-contact-message";
import { HONEYPOT_FIELD } from "@/lib/contact/schemas";
import { db } from "@/lib/db";
import { clientAddress } from "@/lib/http/client-address";
import { localizedError, toAppError } from "@/lib/http/error-response";
import { requestHeaders } from "@/lib/http/request-cookies";
import { currentLanguage } from "@/lib/i18n/request-language";
import { describeError, log } from "@/lib/log";
import type { ContactFormState, ContactFormValues } from "./form-state";

const textOf = (formData: FormData, name: string): string => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The contact form's server action (useActionState): same schema and domain function as POST /api/contact. */
export const sendContactMessage = action(
  { auth: "public" },
  async (_caller, previous: ContactFormState, formData: FormData): Promise<ContactFormState> => {
    const values: ContactFormValues = {
      name: textOf(formData, "name"),
      email: textOf(formData, "email"),
      subject: textOf(formData, "subject"),
      orderNumber: textOf(formData, "orderNumber"),
      message: textOf(formData, "message"),
      consent: formData.get("consent") === "on",
    };
    const formToken = textOf(formData, "formToken");
    const attempt = previous.status === "editing" ? previous.attempt + 1 : 1;
    try {
      await submitContactMessage(
        db,
        {
          ...values,
          subject: values.subject || undefined,
          [HONEYPOT_FIELD]: textOf(formData, HONEYPOT_FIELD),
          formToken,
        },
        { clientAddress: clientAddress(await requestHeaders()), language: await currentLanguage() },
      );
      return { status: "sent", name: values.name.trim() };
    } catch (error) {
      const language = await currentLanguage();
      const appError = toAppError(error, language);
      if (appError.code === "internal") log.error("contact form failed", describeError(error));
      const { message, fields } = localizedError(appError, language);
      return {
        status: "editing",
        values,
        fields: appError.code === "invalid_input" ? (fields ?? {}) : {},
        formError: appError.code === "invalid_input" ? undefined : message,
        // A missing or forged token is replaced, so that a person can still send the form again.
        formToken: readFormToken(formToken) ? formToken : issueFormToken(),
        attempt,
      };
    }
  },
);
