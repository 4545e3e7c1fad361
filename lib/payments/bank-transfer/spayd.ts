import { type Money, minorUnitDigits } from "@/lib/money/money";
import { normalizeBic, normalizeIban } from "./bank-account";
import { decimalString } from "./decimal-amount";
import { QrPayloadError } from "./qr-payload-error";

// SPAYD / "QR Platba", the Czech Banking Association's format: "SPD*1.0*" then KEY:value pairs, each ended by "*"
// (the last one may omit it). A value must not contain "*": it is written as "%2A" (and "%" itself as "%25", so the
// escape cannot be confused with text). Values are kept to printable ASCII (diacritics dropped) so every banking app
// reads them alike and the QR code stays small.

const MAX_AMOUNT_LENGTH = 10;

export interface SpaydInput {
  iban: string;
  bic?: string | null;
  amount: Money;
  /** X-VS, the variable symbol: 1-10 digits. */
  variableSymbol?: string;
  /** MSG, message for the payee: cut to 60 characters. */
  message?: string;
  /** RN, the payee's name: left out when longer than 35 characters. */
  recipientName?: string;
  /** DT, due date as YYYY-MM-DD. */
  dueDate?: string;
}

/** Printable ASCII only, with "%" and "*" escaped; cut to `max` characters without splitting an escape. */
export function spaydValue(value: string, max: number): string {
  const ascii = value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e\s]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  let out = "";
  for (const char of ascii) {
    const encoded = char === "%" ? "%25" : char === "*" ? "%2A" : char;
    if (out.length + encoded.length > max) break;
    out += encoded;
  }
  return out.trimEnd();
}

/** AM always has two decimals ("480.50", "5000.00"), whatever the currency's own minor unit. */
function twoDecimals(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits > 2) throw new QrPayloadError("amount", `SPAYD cannot carry ${currency} amounts (${digits} decimals).`);
  return decimalString(amountMinor * 10 ** (2 - digits), 2);
}

export function buildSpaydPayload(input: SpaydInput): string {
  const iban = normalizeIban(input.iban);
  if (iban === null) throw new QrPayloadError("iban", "The IBAN is not valid.");
  const bic = input.bic ? normalizeBic(input.bic) : "";
  if (bic === null) throw new QrPayloadError("bic", "The BIC is not valid.");
  const { amountMinor, currency } = input.amount;
  if (!/^[A-Z]{3}$/.test(currency)) throw new QrPayloadError("amount", "The currency is not an ISO 4217 code.");
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1) {
    throw new QrPayloadError("amount", "The amount must be positive.");
  }
  const amount = twoDecimals(amountMinor, currency);
  if (amount.length > MAX_AMOUNT_LENGTH) {
    throw new QrPayloadError("amount", `The amount is longer than ${MAX_AMOUNT_LENGTH} characters.`);
  }
  const pairs: [string, string][] = [
    ["ACC", bic === "" ? iban : `${iban}+${bic}`],
    ["AM", amount],
    ["CC", currency],
  ];
  if (input.dueDate !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate)) throw new QrPayloadError("dueDate", "The due date is YYYY-MM-DD.");
    pairs.push(["DT", input.dueDate.replaceAll("-", "")]);
  }
  const message = spaydValue(input.message ?? "", 60);
  if (message !== "") pairs.push(["MSG", message]);
  const name = spaydValue(input.recipientName ?? "", Number.POSITIVE_INFINITY);
  if (name !== "" && name.length <= 35) pairs.push(["RN", name]);
  if (input.variableSymbol !== undefined) {
    if (!/^\d{1,10}$/.test(input.variableSymbol)) {
      throw new QrPayloadError("variableSymbol", "The variable symbol is 1-10 digits.");
    }
    pairs.push(["X-VS", input.variableSymbol]);
  }
  return ["SPD", "1.0", ...pairs.map(([key, value]) => `${key}:${value}`)].join("*");
}
