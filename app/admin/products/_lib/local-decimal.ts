/**
 * "19.99" → "19,99" where the locale writes a decimal comma, so a form shows an amount the way staff of that
 * language type it (the server's parsing takes either).
 */
export function localDecimal(text: string, locale: string): string {
  const separator = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value;
  return separator && separator !== "." ? text.replace(".", separator) : text;
}
