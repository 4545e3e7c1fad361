import { countryName } from "@/lib/delivery/countries";

// Invoices keep their parties' addresses as the lines printed on them; ISDOC wants them split into street,
// building number, city, postal code and country. This reads the lines the shop writes (street…, "postcode city",
// country) back into those parts. What it cannot tell apart stays in the street or city, never dropped.

export interface PostalAddress {
  street: string;
  building: string;
  city: string;
  postalCode: string;
  countryCode: string;
  countryName: string;
}

let countryCodesByName: Map<string, string> | null = null;

/** "Česká republika", "Czechia" or "CZ" → "CZ", from the runtime's CLDR names (English and Czech). */
function countryCodeOf(text: string): string | null {
  const value = text.trim();
  if (/^[A-Z]{2}$/.test(value)) return value;
  if (!countryCodesByName) {
    countryCodesByName = new Map();
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const names = ["en", "cs", "sk", "de"].map((locale) => new Intl.DisplayNames([locale], { type: "region" }));
    for (const a of letters) {
      for (const b of letters) {
        const code = `${a}${b}`;
        for (const display of names) {
          const name = display.of(code);
          if (name && name !== code) countryCodesByName.set(name.toLowerCase(), code);
        }
      }
    }
    countryCodesByName.set("česká republika", "CZ");
  }
  return countryCodesByName.get(value.toLowerCase()) ?? null;
}

/** "120 00 Praha 2" → postcode "120 00", city "Praha 2": the leading words that hold digits are the postcode. */
function splitPostalLine(line: string): { postalCode: string; city: string } | null {
  const match = /^((?:[A-Za-z]*\d[A-Za-z0-9-]*\s+)+)(\D.*)$/.exec(line.trim());
  if (!match?.[1] || !match[2]) return null;
  return { postalCode: match[1].trim(), city: match[2].trim() };
}

/** "Náměstí Míru 12/ů" → "Náměstí Míru" + "12/ů"; "1 Market Street" → "Market Street" + "1". */
function splitStreet(line: string): { street: string; building: string } {
  const trailing = /^(.*\D)\s+(\d[\p{L}\p{N}/.-]*)$/u.exec(line.trim());
  if (trailing?.[1] && trailing[2]) return { street: trailing[1].trim(), building: trailing[2] };
  const leading = /^(\d[\p{L}\p{N}/.-]*)\s+(.+)$/u.exec(line.trim());
  if (leading?.[1] && leading[2]) return { street: leading[2].trim(), building: leading[1] };
  return { street: line.trim(), building: "" };
}

export function postalAddressFromLines(lines: readonly string[]): PostalAddress {
  const rest = [...lines];
  const last = rest.at(-1);
  const code = last === undefined ? null : countryCodeOf(last);
  let countryCode = "";
  let country = "";
  if (code && last !== undefined) {
    rest.pop();
    countryCode = code;
    country = /^[A-Z]{2}$/.test(last.trim()) ? countryName(code) : last.trim();
  }
  let postal: { postalCode: string; city: string } | null = null;
  for (let i = rest.length - 1; i >= 1 && !postal; i--) {
    postal = splitPostalLine(rest[i] ?? "");
    if (postal) rest.splice(i, 1);
  }
  if (!postal && rest.length > 1) postal = { postalCode: "", city: rest.pop() ?? "" };
  const { street, building } = splitStreet(rest.join(", "));
  return {
    street,
    building,
    city: postal?.city ?? "",
    postalCode: postal?.postalCode ?? "",
    countryCode,
    countryName: country,
  };
}
