import { formatMoney } from "@/lib/money/money";
import { formatIbanForPeople } from "./bank-account";
import type { PaymentInstructions } from "./payment-instructions";

// The payment instructions as people read them, one wording for the order page, the e-mails and the PDF.

/** "2026-12-12" → "12 December 2026" in the shop's locale (the date is a calendar day; no time zone shift). */
export function formatDueDate(dueDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${dueDate}T00:00:00Z`),
  );
}

/** Label → value rows, in the order a banking app's form asks for them. */
export function instructionRows(instructions: PaymentInstructions, locale: string): [string, string][] {
  return [
    ["Account holder", instructions.accountHolder],
    ["IBAN", formatIbanForPeople(instructions.iban)],
    ...(instructions.bic ? ([["BIC", instructions.bic]] as [string, string][]) : []),
    ["Amount", formatMoney(instructions.amount, locale)],
    ["Currency", instructions.amount.currency],
    ["Reference (variable symbol)", instructions.reference],
    ["Pay by", formatDueDate(instructions.dueDate, locale)],
  ];
}

/** The QR code's text alternative: everything it carries, so a screen reader user can pay without it. */
export function qrAltText(instructions: PaymentInstructions, locale: string): string {
  return (
    `Payment QR code for your banking app: pay ${formatMoney(instructions.amount, locale)} to ` +
    `${instructions.accountHolder}, IBAN ${formatIbanForPeople(instructions.iban)}` +
    `${instructions.bic ? `, BIC ${instructions.bic}` : ""}, reference ${instructions.reference}, ` +
    `by ${formatDueDate(instructions.dueDate, locale)}.`
  );
}

/** The plain-text form, for the text part of e-mails. */
export function instructionsText(instructions: PaymentInstructions, locale: string): string {
  return instructionRows(instructions, locale)
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
}
