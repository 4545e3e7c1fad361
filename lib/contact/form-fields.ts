// The contact form's plain values, shared by the form in the browser and the rules in schemas.ts (kept apart
// from zod so the form's JavaScript does not carry it).

export const contactSubjects = ["ORDER_QUESTION", "RETURN", "OTHER"] as const;
export type ContactSubjectValue = (typeof contactSubjects)[number];

export const contactSubjectLabels: Record<ContactSubjectValue, string> = {
  ORDER_QUESTION: "A question about an order",
  RETURN: "A return",
  OTHER: "Something else",
};

/** HTML `pattern` and server rule for order numbers, e.g. NW-10023. */
export const ORDER_NUMBER_PATTERN = "[A-Za-z0-9#\\-]+";

export const contactLimits = {
  name: { max: 100 },
  email: { max: 254 },
  orderNumber: { max: 32 },
  message: { min: 10, max: 5000 },
  /** The honeypot is never shown to people; anything in it is a bot's. */
  honeypot: { max: 500 },
  formToken: { max: 200 },
} as const;

/** The honeypot's field name: one that form-filling bots complete eagerly. */
export const HONEYPOT_FIELD = "website";

/** The fields a visitor fills in, in form order (the honeypot and token are not theirs). */
export const contactFormFields = ["name", "email", "subject", "orderNumber", "message", "consent"] as const;
