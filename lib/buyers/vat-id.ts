// EU VAT identification numbers: the country prefix and the format of the digits after it, as the European
// Commission's VIES lists them. Only the format is checked here; whether the number is registered is for a VIES
// lookup (see vat-id-verifier.ts).

/** Prefix → the pattern of what follows it, and how to say it in an error message. */
export const EU_VAT_FORMATS: Readonly<Record<string, { pattern: RegExp; describe: string }>> = {
  AT: { pattern: /^U\d{8}$/, describe: "ATU and 8 digits" },
  BE: { pattern: /^[01]\d{9}$/, describe: "BE and 10 digits starting with 0 or 1" },
  BG: { pattern: /^\d{9,10}$/, describe: "BG and 9 or 10 digits" },
  CY: { pattern: /^\d{8}[A-Z]$/, describe: "CY, 8 digits and a letter" },
  CZ: { pattern: /^\d{8,10}$/, describe: "CZ and 8 to 10 digits" },
  DE: { pattern: /^\d{9}$/, describe: "DE and 9 digits" },
  DK: { pattern: /^\d{8}$/, describe: "DK and 8 digits" },
  EE: { pattern: /^\d{9}$/, describe: "EE and 9 digits" },
  EL: { pattern: /^\d{9}$/, describe: "EL and 9 digits" },
  ES: { pattern: /^[0-9A-Z]\d{7}[0-9A-Z]$/, describe: "ES and 9 characters (the first and last may be letters)" },
  FI: { pattern: /^\d{8}$/, describe: "FI and 8 digits" },
  FR: { pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, describe: "FR, 2 letters or digits and 9 digits" },
  HR: { pattern: /^\d{11}$/, describe: "HR and 11 digits" },
  HU: { pattern: /^\d{8}$/, describe: "HU and 8 digits" },
  IE: { pattern: /^(\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/, describe: "IE and 8 or 9 characters, e.g. IE1234567T" },
  IT: { pattern: /^\d{11}$/, describe: "IT and 11 digits" },
  LT: { pattern: /^(\d{9}|\d{12})$/, describe: "LT and 9 or 12 digits" },
  LU: { pattern: /^\d{8}$/, describe: "LU and 8 digits" },
  LV: { pattern: /^\d{11}$/, describe: "LV and 11 digits" },
  MT: { pattern: /^\d{8}$/, describe: "MT and 8 digits" },
  NL: { pattern: /^\d{9}B\d{2}$/, describe: "NL, 9 digits, B and 2 digits" },
  PL: { pattern: /^\d{10}$/, describe: "PL and 10 digits" },
  PT: { pattern: /^\d{9}$/, describe: "PT and 9 digits" },
  RO: { pattern: /^[1-9]\d{1,9}$/, describe: "RO and 2 to 10 digits" },
  SE: { pattern: /^\d{10}01$/, describe: "SE and 12 digits ending in 01" },
  SI: { pattern: /^\d{8}$/, describe: "SI and 8 digits" },
  SK: { pattern: /^\d{10}$/, describe: "SK and 10 digits" },
  // Northern Ireland, for trade in goods.
  XI: { pattern: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/, describe: "XI and 9 or 12 digits" },
};

/** "cz 123 456-78" → "CZ12345678": spaces, dots and dashes are how people write them, not part of the number. */
export function normalizeVatId(text: string): string {
  return text.replace(/[\s.-]/g, "").toUpperCase();
}

/** Null when the (normalised) VAT ID has a valid EU format, else what is wrong with it. */
export function vatIdFormatError(vatId: string): string | null {
  const prefix = vatId.slice(0, 2);
  if (prefix === "GR") return "Greek VAT IDs start with EL, not GR.";
  const format = EU_VAT_FORMATS[prefix];
  if (!format) return "Start the VAT ID with an EU country code, e.g. CZ12345678 or DE123456789.";
  return format.pattern.test(vatId.slice(2)) ? null : `A VAT ID from ${prefix} is ${format.describe}.`;
}
