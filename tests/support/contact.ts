import { randomUUID } from "node:crypto";
import { issueFormToken } from "@/lib/contact/form-token";

/** A unique documentation-range IPv6 address: one "visitor" per test, so rate limits never leak between tests. */
export const visitorAddress = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

/** A valid submission as a person would send it: form opened 10 s ago, honeypot empty. */
export function validContact(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Ada Lovelace",
    email: `ada-${randomUUID()}@example.com`,
    subject: "ORDER_QUESTION",
    orderNumber: "NW-10023",
    message: "Hello, my parcel has not arrived yet. Could you check where it is?",
    consent: true,
    website: "",
    formToken: issueFormToken(new Date(Date.now() - 10_000)),
    ...overrides,
  };
}

const withoutKey = (key: string) => {
  const input = validContact();
  delete input[key];
  return input;
};

/** Bad and hostile input that must be refused, naming the field that is wrong. [label, field, input] */
export const invalidContactCases: [string, string, Record<string, unknown>][] = [
  ["empty body: name", "name", {}],
  ["empty body: message", "message", {}],
  ["empty body: consent", "consent", {}],
  ["empty body: formToken", "formToken", {}],
  ["empty name", "name", validContact({ name: "" })],
  ["blank name", "name", validContact({ name: "   " })],
  ["name over 100 characters", "name", validContact({ name: "A".repeat(101) })],
  ["CR/LF in name (header injection)", "name", validContact({ name: "Ada\r\nBcc: victim@example.com" })],
  ["LF in name", "name", validContact({ name: "Ada\nLovelace" })],
  ["NUL in name", "name", validContact({ name: "Ada\u0000" })],
  ["name not text", "name", validContact({ name: 42 })],
  ["missing e-mail", "email", withoutKey("email")],
  ["invalid e-mail", "email", validContact({ email: "not-an-email" })],
  ["e-mail without domain", "email", validContact({ email: "ada@" })],
  ["CR/LF in e-mail", "email", validContact({ email: "ada@example.com\r\nBcc: victim@example.com" })],
  ["two e-mail addresses", "email", validContact({ email: "ada@example.com, eve@example.com" })],
  ["e-mail over 254 characters", "email", validContact({ email: `${"a".repeat(250)}@example.com` })],
  ["missing subject", "subject", withoutKey("subject")],
  ["unknown subject", "subject", validContact({ subject: "COMPLAINT" })],
  ["CR/LF in subject", "subject", validContact({ subject: "OTHER\r\nBcc: victim@example.com" })],
  ["lower-case subject", "subject", validContact({ subject: "other" })],
  ["CR/LF in order number", "orderNumber", validContact({ orderNumber: "NW-1\r\nBcc: x@example.com" })],
  ["SQL in order number", "orderNumber", validContact({ orderNumber: "' OR 1=1 --" })],
  ["order number over 32 characters", "orderNumber", validContact({ orderNumber: "N".repeat(33) })],
  ["empty message", "message", validContact({ message: "" })],
  ["message under 10 characters", "message", validContact({ message: "Hi there" })],
  ["message of 10 kB", "message", validContact({ message: "x".repeat(10_240) })],
  ["message of 5,001 characters", "message", validContact({ message: "y".repeat(5001) })],
  ["NUL in message", "message", validContact({ message: "Hello\u0000 there, a message" })],
  ["message as an array", "message", validContact({ message: ["Hello there, a message"] })],
  ["consent missing", "consent", withoutKey("consent")],
  ["consent false", "consent", validContact({ consent: false })],
  ["consent as text", "consent", validContact({ consent: "yes" })],
  ["oversized honeypot", "website", validContact({ website: "x".repeat(501) })],
  ["missing form token", "formToken", withoutKey("formToken")],
  ["over-long form token", "formToken", validContact({ formToken: "1".repeat(201) })],
];

const links = (n: number) => Array.from({ length: n }, (_, i) => `https://deals-${i}.example/offer`).join(" ");

/** Well-formed submissions that must be stored but filed as spam. [label, reason, input] */
export const spamContactCases: [string, string, () => Record<string, unknown>][] = [
  ["filled honeypot", "honeypot", () => validContact({ website: "https://spam.example" })],
  [
    "sent in under two seconds",
    "too_fast",
    () => validContact({ formToken: issueFormToken(new Date(Date.now() - 500)) }),
  ],
  ["sent the instant the form was shown", "too_fast", () => validContact({ formToken: issueFormToken() })],
  [
    "forged form token",
    "form_token_invalid",
    () => validContact({ formToken: `${Date.now() - 60_000}.${"A".repeat(43)}` }),
  ],
  [
    "token from the future",
    "form_token_invalid",
    () => validContact({ formToken: issueFormToken(new Date(Date.now() + 3_600_000)) }),
  ],
  ["six links", "links:6", () => validContact({ message: `Great offers: ${links(6)}` })],
  [
    "known spam phrases",
    "phrase:seo services",
    () => validContact({ message: "We offer SEO services and backlinks to get you on the first page of Google." }),
  ],
];
