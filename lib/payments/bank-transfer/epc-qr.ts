import type { Money } from "@/lib/money/money";
import { normalizeBic, normalizeIban } from "./bank-account";
import { decimalAmount } from "./decimal-amount";
import { QrPayloadError } from "./qr-payload-error";

// EPC069-12 "Quick Response Code: Guidelines to Enable Data Capture for the Initiation of a SEPA Credit Transfer"
// (the "GiroCode"), version 002: one element per line, in this order, LF-separated, trailing empty elements left
// out, at most 331 bytes (QR version 13 at error correction level M).

export const EPC_MAX_BYTES = 331;
const MAX_AMOUNT_MINOR = 99_999_999_999; // EUR 999999999.99

export interface EpcQrInput {
  /** Optional in version 002 inside the EEA. */
  bic?: string | null;
  /** The beneficiary's name, 1-70 characters. */
  name: string;
  iban: string;
  /** EUR only, 0.01 to 999 999 999.99. */
  amount: Money;
  /** AT-44 purpose code, 4 letters (e.g. "GDDS"). */
  purpose?: string;
  /** Either a structured creditor reference (≤35) or unstructured text (≤140), never both. */
  structuredReference?: string;
  unstructuredText?: string;
  /** Beneficiary-to-originator information, ≤70 characters. */
  information?: string;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

function text(field: string, value: string | undefined, max: number): string {
  const trimmed = (value ?? "").trim();
  if (CONTROL.test(trimmed))
    throw new QrPayloadError(field, `${field} must not contain line breaks or control characters.`);
  if ([...trimmed].length > max) throw new QrPayloadError(field, `${field} is longer than ${max} characters.`);
  return trimmed;
}

export function buildEpcQrPayload(input: EpcQrInput): string {
  const iban = normalizeIban(input.iban);
  if (iban === null) throw new QrPayloadError("iban", "The IBAN is not valid.");
  const bic = input.bic ? normalizeBic(input.bic) : "";
  if (bic === null) throw new QrPayloadError("bic", "The BIC is not valid.");
  const name = text("name", input.name, 70);
  if (name === "") throw new QrPayloadError("name", "The beneficiary's name is required.");
  if (input.amount.currency !== "EUR") throw new QrPayloadError("amount", "An EPC QR code carries euros only.");
  const { amountMinor } = input.amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1 || amountMinor > MAX_AMOUNT_MINOR) {
    throw new QrPayloadError("amount", "The amount must be between EUR 0.01 and EUR 999999999.99.");
  }
  const purpose = text("purpose", input.purpose, 4);
  if (purpose !== "" && !/^[A-Z0-9]{4}$/.test(purpose)) {
    throw new QrPayloadError("purpose", "The purpose is a 4-character code.");
  }
  const structured = text("structuredReference", input.structuredReference, 35);
  const unstructured = text("unstructuredText", input.unstructuredText, 140);
  if (structured !== "" && unstructured !== "") {
    throw new QrPayloadError("structuredReference", "Give a structured reference or a text, not both.");
  }
  const information = text("information", input.information, 70);

  const elements = [
    "BCD",
    "002",
    "1", // UTF-8
    "SCT",
    bic,
    name,
    iban,
    `EUR${decimalAmount(amountMinor, "EUR")}`,
    purpose,
    structured,
    unstructured,
    information,
  ];
  while (elements.at(-1) === "") elements.pop();
  const payload = elements.join("\n");
  if (Buffer.byteLength(payload, "utf8") > EPC_MAX_BYTES) {
    throw new QrPayloadError("payload", `The EPC QR payload is longer than ${EPC_MAX_BYTES} bytes.`);
  }
  return payload;
}
