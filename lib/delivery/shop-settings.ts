import type { DeliveryKind, PaymentMethod } from "@/lib/generated/prisma/client";

// The delivery and payment settings staff keep in the admin, as one plain value: read once per change (see
// settings-cache.ts) and handed to the pure functions that price delivery and list payment methods.

/** Texts staff wrote in the shop's other languages: { cs: { name: "…", description: null } }. */
export type Translations<Field extends string> = Readonly<Record<string, Readonly<Record<Field, string | null>>>>;

export interface WeightBand {
  maxGrams: number;
  priceMinor: number;
}

export interface DeliveryMethodSetting {
  id: string;
  zoneId: string;
  name: string;
  description: string;
  kind: DeliveryKind;
  priceMinor: number;
  currency: string;
  freeFromMinor: number | null;
  /** Ascending by maxGrams; empty = the flat priceMinor. */
  weightBands: WeightBand[];
  paymentMethods: PaymentMethod[];
  active: boolean;
  position: number;
  /** Staff's texts in the shop's other languages, by language; a null field means the shop's own. */
  translations: Translations<"name" | "description">;
}

export interface DeliveryZoneSetting {
  id: string;
  name: string;
  countries: string[];
  position: number;
}

export interface PickupLocationSetting {
  id: string;
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  openingHours: string;
  active: boolean;
  position: number;
  translations: Translations<"openingHours">;
}

export interface PaymentMethodConfig {
  method: PaymentMethod;
  enabled: boolean;
  instructions: string;
  surchargeMinor: number;
  currency: string;
  reservationDays: number;
  position: number;
  translations: Translations<"instructions">;
}

export interface BankAccountSetting {
  id: string;
  currency: string;
  accountHolder: string;
  iban: string;
  bic: string | null;
}

export interface ShopSettings {
  zones: DeliveryZoneSetting[];
  methods: DeliveryMethodSetting[];
  pickupLocations: PickupLocationSetting[];
  /** One entry per payment method; a method without a stored row gets its default (see defaultPaymentConfig). */
  payments: Record<PaymentMethod, PaymentMethodConfig>;
  bankAccounts: BankAccountSetting[];
}

export const PAYMENT_METHODS = [
  "card",
  "bank_transfer",
  "cash_on_delivery",
  "test",
] as const satisfies readonly PaymentMethod[];

/** Without a stored row: card and test on (each still needs its configuration), the manual methods off. */
export function defaultPaymentConfig(method: PaymentMethod, currency: string): PaymentMethodConfig {
  return {
    method,
    enabled: method === "card" || method === "test",
    instructions: "",
    surchargeMinor: 0,
    currency,
    reservationDays: 7,
    position: PAYMENT_METHODS.indexOf(method),
    translations: {},
  };
}

/** The zone a country belongs to (zones are disjoint, a trigger enforces it), or null when it is not delivered to. */
export function zoneForCountry(settings: ShopSettings, country: string): DeliveryZoneSetting | null {
  return settings.zones.find((z) => z.countries.includes(country)) ?? null;
}

/** Every country some zone delivers to. */
export function deliveryCountries(settings: ShopSettings): string[] {
  return [...new Set(settings.zones.flatMap((z) => z.countries))];
}
