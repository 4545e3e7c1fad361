import { countryName } from "./countries";

// The one layout of a postal address, after the name: street, second line (if any), "postcode town", country.
// Pages, e-mails, invoices and the checkout's pickup list all write addresses from it.

export interface AddressParts {
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country?: string;
}

/** `country`: as the ISO code stored with orders (e-mails, invoices), by name (pages), or left out. */
export function addressLines(address: AddressParts, country: "code" | "name" | "none" = "name"): string[] {
  const countryLine =
    country === "none" || !address.country ? null : country === "name" ? countryName(address.country) : address.country;
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`, countryLine].filter(
    (line): line is string => Boolean(line),
  );
}
