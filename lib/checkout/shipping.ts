import { env } from "@/lib/env";

// Flat rates per destination (VAT included), free standard shipping above a threshold.
export const shippingCountries = {
  IE: "Ireland",
  AT: "Austria",
  BE: "Belgium",
  CZ: "Czechia",
  DE: "Germany",
  DK: "Denmark",
  ES: "Spain",
  FI: "Finland",
  FR: "France",
  IT: "Italy",
  NL: "Netherlands",
  PL: "Poland",
  PT: "Portugal",
  SE: "Sweden",
  SK: "Slovakia",
} as const;

export type ShippingCountry = keyof typeof shippingCountries;
export const shippingCountryCodes = Object.keys(shippingCountries) as [ShippingCountry, ...ShippingCountry[]];

export const shippingMethodIds = ["standard", "express"] as const;
export type ShippingMethodId = (typeof shippingMethodIds)[number];

const DOMESTIC: ShippingCountry = "IE";
const standardRate = (country: ShippingCountry) => (country === DOMESTIC ? 495 : 995);
const expressRate = (country: ShippingCountry) => (country === DOMESTIC ? 1295 : 2495);

export interface ShippingOption {
  id: ShippingMethodId;
  label: string;
  description: string;
  priceMinor: number;
}

export function shippingOptions(country: ShippingCountry, itemsTotalMinor: number): ShippingOption[] {
  const free = itemsTotalMinor >= env.FREE_SHIPPING_THRESHOLD_MINOR;
  return [
    {
      id: "standard",
      label: "Standard delivery",
      description: country === DOMESTIC ? "2–3 working days" : "3–6 working days",
      priceMinor: free ? 0 : standardRate(country),
    },
    {
      id: "express",
      label: "Express delivery",
      description: country === DOMESTIC ? "Next working day" : "1–2 working days",
      priceMinor: expressRate(country),
    },
  ];
}

export function shippingQuote(
  method: ShippingMethodId,
  country: ShippingCountry,
  itemsTotalMinor: number,
): { grossMinor: number; vatRateBps: number } {
  const option = shippingOptions(country, itemsTotalMinor).find((o) => o.id === method);
  return { grossMinor: option?.priceMinor ?? 0, vatRateBps: env.SHOP_STANDARD_VAT_BPS };
}
