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

/** "12.50" → 1250 for a 2-digit currency; rejects anything that is not an exact amount. */
export function parseMajorUnits(text: string, currency: string): number | null {
  const digits = minorUnitDigits(currency);
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const [, whole = "0", fraction = ""] = match;
  if (fraction.length > digits) return null;
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}
