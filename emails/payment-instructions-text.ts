import { formatMoney } from "@/lib/money/money";
import { formatIbanForPeople } from "@/lib/payments/bank-transfer/bank-account";
import { formatDueDate } from "@/lib/payments/bank-transfer/describe-instructions";
import type { PaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import type { EmailLanguage } from "./email-language";

// The payment instructions in the order's language, for its e-mails and its order confirmation PDF (the order page
// uses lib/payments/bank-transfer/describe-instructions.ts, in the page's language).

/** Label → value rows, in the order a banking app's form asks for them. */
export function localizedInstructionRows(instructions: PaymentInstructions, lang: EmailLanguage): [string, string][] {
  const { t } = lang;
  return [
    [t("email.paymentInstructions.accountHolder"), instructions.accountHolder],
    [t("email.paymentInstructions.iban"), formatIbanForPeople(instructions.iban)],
    ...(instructions.bic ? ([[t("email.paymentInstructions.bic"), instructions.bic]] as [string, string][]) : []),
    [t("email.paymentInstructions.amount"), formatMoney(instructions.amount, lang.locale)],
    [t("email.paymentInstructions.currency"), instructions.amount.currency],
    [t("email.paymentInstructions.reference"), instructions.reference],
    [t("email.paymentInstructions.payBy"), formatDueDate(instructions.dueDate, lang.locale)],
  ];
}

/** The QR code's text alternative: everything it carries, so a screen reader user can pay without it. */
export function localizedQrAltText(instructions: PaymentInstructions, lang: EmailLanguage): string {
  return lang.t("email.paymentInstructions.qrAlt", {
    amount: formatMoney(instructions.amount, lang.locale),
    holder: instructions.accountHolder,
    iban: formatIbanForPeople(instructions.iban),
    bic: instructions.bic ?? "none",
    reference: instructions.reference,
    due: formatDueDate(instructions.dueDate, lang.locale),
  });
}

/** The plain-text form, for the text part of e-mails. */
export function localizedInstructionsText(instructions: PaymentInstructions, lang: EmailLanguage): string {
  return localizedInstructionRows(instructions, lang)
    .map(([label, value]) => `${label}: ${value}`)
    .join("\n");
}
