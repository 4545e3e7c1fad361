import type { FieldErrors } from "@/lib/errors";

/** What the visitor typed, sent back so nothing is lost when the form is shown again. */
export interface ContactFormValues {
  name: string;
  email: string;
  subject: string;
  orderNumber: string;
  message: string;
  consent: boolean;
}

export type ContactFormState =
  | {
      status: "editing";
      values: ContactFormValues;
      fields: FieldErrors;
      /** A problem with the whole submission (rate limit, outage) rather than one field. */
      formError?: string;
      /** The token of the form as first shown, so the fill time counts from then. */
      formToken: string;
      /** Bumped on every answer so the form re-renders with the values above. */
      attempt: number;
    }
  | { status: "sent"; name: string };

export const emptyContactValues: ContactFormValues = {
  name: "",
  email: "",
  subject: "",
  orderNumber: "",
  message: "",
  consent: false,
};
