import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { HONEYPOT_FIELD, ORDER_NUMBER_PATTERN, contactLimits, contactSubjects } from "./form-fields";

// The one definition of a valid contact message: the server action, POST /api/contact and the form's HTML
// attributes (lengths, required, pattern) all come from here (the plain values live in form-fields.ts, which the
// browser loads without zod).

export {
  HONEYPOT_FIELD,
  ORDER_NUMBER_PATTERN,
  type ContactSubjectValue,
  contactFormFields,
  contactLimits,
  contactSubjectLabels,
  contactSubjects,
} from "./form-fields";

/** True when the text holds a control character; line breaks and tabs are allowed only where asked. */
export function hasControlCharacters(text: string, allowLineBreaks: boolean): boolean {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const lineBreak = code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
    if (lineBreak) {
      if (!allowLineBreaks) return true;
      continue;
    }
    if (code === 0x09 && allowLineBreaks) continue;
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim() : value);
const blankToUndefined = (value: unknown) => {
  const v = trimmed(value);
  return v === "" || v === null ? undefined : v;
};

const text = (requiredMessage: string) => safeString({ error: requiredMessage });

export const contactMessageSchema = z.object({
  name: z.preprocess(
    trimmed,
    text("Please enter your name.")
      .min(1, "Please enter your name.")
      .max(
        contactLimits.name.max,
        schemaMessage("Please keep your name under {max, plural, one {# character} other {# characters}}.", {
          max: contactLimits.name.max,
        }),
      )
      .refine((v) => !hasControlCharacters(v, false), "Your name must be on a single line."),
  ),
  email: z.preprocess(
    trimmed,
    text("Please enter your e-mail address.")
      .min(1, "Please enter your e-mail address.")
      .max(contactLimits.email.max, "That e-mail address is too long.")
      .pipe(z.email("Please enter a valid e-mail address, such as name@example.com.")),
  ),
  subject: z.enum(contactSubjects, { error: "Please choose what your message is about." }),
  orderNumber: z.preprocess(
    blankToUndefined,
    text("The order number must be text.")
      .max(
        contactLimits.orderNumber.max,
        schemaMessage("An order number has at most {max, plural, one {# character} other {# characters}}.", {
          max: contactLimits.orderNumber.max,
        }),
      )
      .regex(
        new RegExp(`^${ORDER_NUMBER_PATTERN}$`),
        "An order number uses only letters, digits and hyphens, such as NW-10023.",
      )
      .optional(),
  ),
  message: z.preprocess(
    trimmed,
    text("Please write your message.")
      .min(1, "Please write your message.")
      // Written out (10, the minimum above) so that it can be translated (lib/i18n/server-text.ts).
      .min(contactLimits.message.min, "Please write at least 10 characters.")
      .max(
        contactLimits.message.max,
        schemaMessage("Please keep your message under {max, plural, one {# character} other {# characters}}.", {
          max: contactLimits.message.max,
        }),
      )
      .refine((v) => !hasControlCharacters(v, true), "Your message contains characters we cannot store."),
  ),
  // A checkbox sends "on"; JSON clients send true.
  consent: z.preprocess(
    (v) => v === true || v === "on" || v === "true",
    z.literal(true, { error: "Please agree to us processing your message so that we can answer it." }),
  ),
  [HONEYPOT_FIELD]: z.preprocess(
    (v) => v ?? "",
    text("Leave this field empty.").max(contactLimits.honeypot.max, "Leave this field empty."),
  ),
  formToken: text("This form has expired. Please reload the page and send your message again.")
    .min(1, "This form has expired. Please reload the page and send your message again.")
    .max(contactLimits.formToken.max, "This form has expired. Please reload the page and send your message again."),
});

export type ContactMessageInput = z.output<typeof contactMessageSchema>;
