import { composeIBAN, electronicFormatIBAN, extractIBAN, isValidBIC, isValidIBAN } from "ibantools";

// Account numbers the shop prints and puts in payment QR codes. IBAN and BIC rules (country lengths, check digits,
// each country's own BBAN checks) come from ibantools, which tracks the SWIFT IBAN registry.

/** "cz65 0800 0000 1920 0014 5399" → "CZ6508000000192000145399" if it is a valid IBAN, else null. */
export function normalizeIban(text: string): string | null {
  const compact = electronicFormatIBAN(text.trim());
  return compact !== null && isValidIBAN(compact) ? compact : null;
}

/** A BIC of 8 or 11 characters, upper-cased, or null. */
export function normalizeBic(text: string): string | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z0-9]{8}([A-Z0-9]{3})?$/.test(compact) && isValidBIC(compact) ? compact : null;
}

/** "CZ6508000000192000145399" → "CZ65 0800 0000 1920 0014 5399", for people to read and type. */
export function formatIbanForPeople(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, "$1 ");
}

export interface CzechAccount {
  /** Up to 6 digits, "" when absent. */
  prefix: string;
  /** 2 to 10 digits. */
  number: string;
  /** The 4-digit bank code, e.g. "0800". */
  bankCode: string;
}

const CZECH_ACCOUNT = /^(?:(\d{1,6})-)?(\d{2,10})\/(\d{4})$/;

/** Parses the domestic form "19-2000145399/0800" (prefix optional). Checksums are left to the IBAN check. */
export function parseCzechAccount(text: string): CzechAccount | null {
  const match = CZECH_ACCOUNT.exec(text.replace(/\s+/g, ""));
  if (!match) return null;
  const [, prefix = "", number = "", bankCode = ""] = match;
  return { prefix, number, bankCode };
}

/** The IBAN of a Czech domestic account number, or null if the number is not valid (its mod-11 checks fail). */
export function czechAccountToIban(text: string): string | null {
  const account = parseCzechAccount(text);
  if (account === null) return null;
  const bban = account.bankCode + account.prefix.padStart(6, "0") + account.number.padStart(10, "0");
  const iban = composeIBAN({ countryCode: "CZ", bban });
  return iban !== null && isValidIBAN(iban) ? iban : null;
}

/** The domestic form of a Czech IBAN ("19-2000145399/0800", zeros stripped), or null for other IBANs. */
export function ibanToCzechAccount(iban: string): string | null {
  const normalized = normalizeIban(iban);
  if (normalized === null || !normalized.startsWith("CZ")) return null;
  const { bban } = extractIBAN(normalized);
  if (bban === undefined) return null;
  const bankCode = bban.slice(0, 4);
  const prefix = bban.slice(4, 10).replace(/^0+/, "");
  const number = bban.slice(10).replace(/^0+/, "");
  return `${prefix === "" ? "" : `${prefix}-`}${number}/${bankCode}`;
}
