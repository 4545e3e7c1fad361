import { minorUnitDigits } from "@/lib/money/money";

/**
 * A statement's decimal amount ("1234.5", "1234.50000", "+12,30" with `allowComma`) in minor units, or null when it
 * is not an exact amount in the currency. Integer arithmetic only.
 */
export function statementAmountMinor(text: string, currency: string, allowComma = false): number | null {
  const cleaned = text.trim().replace(/^\+/, "");
  const normalized = allowComma ? cleaned.replace(/[\s\u00a0]/g, "").replace(",", ".") : cleaned;
  const match = /^(\d{1,13})(?:\.(\d{1,5}))?$/.exec(normalized);
  if (!match) return null;
  const [, whole = "0", rawFraction = ""] = match;
  const digits = minorUnitDigits(currency);
  const fraction = rawFraction.replace(/0+$/, "");
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  return Number.isSafeInteger(minor) ? minor : null;
}
