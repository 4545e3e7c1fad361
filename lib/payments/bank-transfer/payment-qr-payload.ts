import type { Money } from "@/lib/money/money";
import { buildEpcQrPayload } from "./epc-qr";
import { buildSpaydPayload } from "./spayd";

export type PaymentQrFormat = "epc" | "spayd";

export interface PaymentQrDetails {
  accountHolder: string;
  iban: string;
  bic?: string | null;
  amount: Money;
  /** The variable symbol (see payment-reference.ts). */
  reference: string;
  /** YYYY-MM-DD */
  dueDate?: string;
}

/** Which QR format banking apps expect for a currency: EPC QR for euros, SPAYD for Czech crowns, none otherwise. */
export function paymentQrFormatFor(currency: string): PaymentQrFormat | null {
  if (currency === "EUR") return "epc";
  if (currency === "CZK") return "spayd";
  return null;
}

/**
 * The exact text to encode in the payment QR code, or null when the currency has no common format (the shopper
 * then types the instructions). EUR: the reference goes in the remittance text, which SEPA banks pass on to the
 * statement. CZK: it goes in X-VS, the field Czech banks carry as the variable symbol.
 */
export function paymentQrPayload(details: PaymentQrDetails): string | null {
  switch (paymentQrFormatFor(details.amount.currency)) {
    case "epc":
      return buildEpcQrPayload({
        bic: details.bic,
        name: details.accountHolder,
        iban: details.iban,
        amount: details.amount,
        unstructuredText: details.reference,
      });
    case "spayd":
      return buildSpaydPayload({
        iban: details.iban,
        bic: details.bic,
        amount: details.amount,
        variableSymbol: details.reference,
        recipientName: details.accountHolder,
        dueDate: details.dueDate,
      });
    case null:
      return null;
  }
}
