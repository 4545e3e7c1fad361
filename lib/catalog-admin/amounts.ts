import { minorUnitDigits, parseMajorUnits } from "@/lib/money/money";

// Prices and VAT rates as staff type them ("19.99", "21", "13.5") and as the CSV carries them, converted exactly
// with string arithmetic: "19.99" is 1999 minor units, never 1998.9999 from a float multiplication.

/** The highest price a variant may have, in major units; keeps every amount far inside a 32-bit column. */
export const MAX_PRICE_MAJOR = 1_000_000;

/** "19.99" → 1999 (for a 2-digit currency); null when the text is not an exact, non-negative amount in range. */
export function parsePrice(text: string, currency: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length > 20) return null;
  const minor = parseMajorUnits(trimmed, currency);
  if (minor === null || minor > MAX_PRICE_MAJOR * 10 ** minorUnitDigits(currency)) return null;
  return minor;
}

/** 1999 → "19.99"; the inverse of parsePrice, without a division. */
export function formatDecimal(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amountMinor);
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, "0");
  return `${amountMinor < 0 ? "-" : ""}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** "21" → 2100, "13.5" or "13,5" → 1350 basis points; null unless a percentage from 0 to 100 with at most 2 decimals. */
export function parseVatPercent(text: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bps <= 10_000 ? bps : null;
}

/** 2100 → "21", 1350 → "13.5", 25 → "0.25". */
export function formatVatPercent(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}
