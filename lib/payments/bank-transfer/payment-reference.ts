// The payment reference a shopper quotes with a bank transfer: a Czech "variable symbol" (up to 10 digits), which
// Czech banks carry in their own field and SEPA banks in the remittance text. It is the order number itself, so it
// is unique per order (the number comes from a sequence) and anyone can read it back from the order.

export const MAX_REFERENCE_DIGITS = 10;

export class PaymentReferenceError extends Error {
  override name = "PaymentReferenceError";
}

/** Leading zeros carry no meaning in a variable symbol: banks pad it to 10 digits or strip it. */
export function normalizeVariableSymbol(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}

/** The variable symbol for an order number such as "100042". Refuses numbers that cannot be one. */
export function paymentReferenceForOrder(orderNumber: string): string {
  if (!/^\d+$/.test(orderNumber)) {
    throw new PaymentReferenceError(`Order number "${orderNumber}" is not numeric, so it cannot be a variable symbol.`);
  }
  const reference = normalizeVariableSymbol(orderNumber);
  if (reference.length > MAX_REFERENCE_DIGITS || reference === "0") {
    throw new PaymentReferenceError(`Order number "${orderNumber}" does not fit a variable symbol (1-10 digits).`);
  }
  return reference;
}

const RF_PATTERN = /^RF(\d{2})([0-9A-Z]{1,21})$/;

/** ISO 7064 MOD 97-10 over letters-as-numbers (A=10 … Z=35), as IBAN and the RF creditor reference use it. */
function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = parseInt(char, 36);
    for (const digit of String(value)) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** ISO 11649 structured creditor reference ("RF" + two check digits + the reference) for SEPA transfers. */
export function creditorReference(reference: string): string {
  const body = reference.toUpperCase();
  if (!/^[0-9A-Z]{1,21}$/.test(body)) throw new PaymentReferenceError(`"${reference}" cannot be an RF reference.`);
  const check = 98 - mod97(`${body}RF00`);
  return `RF${String(check).padStart(2, "0")}${body}`;
}

/** The body of a valid RF creditor reference ("RF18 5390 0754 7034" → "539007547034"), or null. */
export function parseCreditorReference(text: string): string | null {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const match = RF_PATTERN.exec(compact);
  if (!match) return null;
  const [, check = "", body = ""] = match;
  return mod97(`${body}RF${check}`) === 1 ? body : null;
}

// Czech banks write the symbol in a reference or message field in several ways: "/VS/123", "VS:123", "VS 123",
// "VS123", "VS=123", "V.S. 123", "variabilní symbol 123".
const MARKED_VS = /(?:^|[^0-9A-Z])(?:VS|V\.S\.|VARIABILNI SYMBOL)\s*[:=/#.-]?\s*(\d{1,10})(?!\d)/g;
const DIGIT_RUN = /(?<![0-9A-Z])(\d{1,10})(?![0-9A-Z])/g;

function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase();
}

/**
 * The variable symbols a payer may have meant in one reference text, normalized. A symbol marked as such ("VS")
 * wins over bare numbers; an RF creditor reference gives its body; otherwise every stand-alone run of up to ten
 * digits is a candidate (matching then needs an awaiting order with that exact reference and amount).
 */
export function variableSymbolsIn(text: string): string[] {
  const folded = foldForSearch(text);
  const marked = [...folded.matchAll(MARKED_VS)].map((m) => normalizeVariableSymbol(m[1] ?? ""));
  if (marked.length > 0) return unique(marked);
  const rf = parseCreditorReference(folded);
  if (rf !== null) return /^\d{1,10}$/.test(rf) ? [normalizeVariableSymbol(rf)] : [];
  return unique([...folded.matchAll(DIGIT_RUN)].map((m) => normalizeVariableSymbol(m[1] ?? "")));
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value !== "0" && value !== ""))];
}
