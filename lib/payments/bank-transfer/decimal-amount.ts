import { minorUnitDigits } from "@/lib/money/money";

/** 123456 with 2 digits → "1234.56", with integer arithmetic only (no float rounding). */
export function decimalString(amountMinor: number, digits: number): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`Amount ${amountMinor} is not a non-negative whole number of minor units.`);
  }
  if (digits === 0) return String(amountMinor);
  const text = String(amountMinor).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Minor units → the decimal amount in the currency's own digits ("12.34" EUR, "1234" JPY). */
export function decimalAmount(amountMinor: number, currency: string): string {
  return decimalString(amountMinor, minorUnitDigits(currency));
}
