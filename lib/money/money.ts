// Money is an integer number of minor units (cents) plus an ISO 4217 currency. Never a float.
export interface Money {
  amountMinor: number;
  currency: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Digits after the decimal point for a currency (2 for EUR, 0 for JPY). */
export function minorUnitDigits(currency: string): number {
  return formatterFor("en", currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(money: Money, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  // Division here is only for display; amounts are never stored or summed as decimals.
  return formatterFor(locale, money.currency).format(money.amountMinor / 10 ** digits);
}

/**
 * Staff-typed amount → minor units: "12.50", "12,50" and "1 234,50" (space, no-break or narrow no-break space
 * between groups of three) all read the same, so an amount can be typed as in English or in Czech, German, French.
 * A comma is only ever the decimal mark: "1,234.50" is refused rather than guessed. Never goes through a float.
 */
export const MAJOR_UNITS_PATTERN = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?$/u;

export function parseMajorUnits(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = MAJOR_UNITS_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, grouped = "0", fraction = ""] = match;
  const whole = grouped.replace(/[ \u00a0\u202f]/gu, "");
  if (whole.length > 9 || fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
