import type { Db } from "@/lib/db";
import type { PaymentMethod } from "@/lib/generated/prisma/client";

// The demo shop's delivery and payment set-up: a Czech shop (domestic CZ) that also ships to the EU and the rest of
// the world. Fixed ids, so a second seed run finds them (and leaves staff's changes alone) and tests can name them.
export const DEMO_DELIVERY = {
  zones: {
    domestic: "5d1a0000-0000-4000-8000-000000000001",
    eu: "5d1a0000-0000-4000-8000-000000000002",
    world: "5d1a0000-0000-4000-8000-000000000003",
  },
  methods: {
    domesticStandard: "5d1b0000-0000-4000-8000-000000000001",
    domesticExpress: "5d1b0000-0000-4000-8000-000000000002",
    clickAndCollect: "5d1b0000-0000-4000-8000-000000000003",
    euStandard: "5d1b0000-0000-4000-8000-000000000004",
    euExpress: "5d1b0000-0000-4000-8000-000000000005",
    worldStandard: "5d1b0000-0000-4000-8000-000000000006",
  },
  pickupLocation: "5d1c0000-0000-4000-8000-000000000001",
} as const;

const EU = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
].concat(["MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"]);
const WORLD = ["GB", "CH", "NO", "IS", "US", "CA", "AU", "NZ", "JP"];

const ALL: PaymentMethod[] = ["card", "bank_transfer", "cash_on_delivery"];

/** Standard parcel rates by weight (VAT included): the demo variants weigh 0.2–1.5 kg each. */
const parcelBands = (base: number) => [
  { maxGrams: 2_000, priceMinor: base },
  { maxGrams: 5_000, priceMinor: base + 300 },
  { maxGrams: 20_000, priceMinor: base + 900 },
];

export async function seedDeliveryAndPayments(db: Db): Promise<void> {
  const { zones, methods } = DEMO_DELIVERY;
  const zone = (id: string, name: string, countries: string[], position: number) =>
    db.deliveryZone.upsert({ where: { id }, update: {}, create: { id, name, countries, position } });
  await zone(zones.domestic, "Czech Republic", ["CZ"], 0);
  await zone(zones.eu, "European Union", EU, 1);
  await zone(zones.world, "Rest of the world", WORLD, 2);

  const method = (
    id: string,
    data: {
      zoneId: string;
      name: string;
      description: string;
      kind?: "HOME_DELIVERY" | "CLICK_AND_COLLECT";
      priceMinor: number;
      freeFromMinor?: number;
      bands?: { maxGrams: number; priceMinor: number }[];
      paymentMethods: PaymentMethod[];
      position: number;
    },
  ) => {
    const { bands, ...fields } = data;
    return db.deliveryMethod.upsert({
      where: { id },
      update: {},
      create: {
        id,
        ...fields,
        currency: "EUR",
        ...(bands ? { weightBands: { create: bands } } : {}),
      },
    });
  };
  await method(methods.domesticStandard, {
    zoneId: zones.domestic,
    name: "Standard delivery",
    description: "2–3 working days",
    priceMinor: 495,
    freeFromMinor: 7_500,
    bands: parcelBands(495),
    paymentMethods: ALL,
    position: 0,
  });
  await method(methods.domesticExpress, {
    zoneId: zones.domestic,
    name: "Express delivery",
    description: "Next working day",
    priceMinor: 995,
    paymentMethods: ALL,
    position: 1,
  });
  await method(methods.clickAndCollect, {
    zoneId: zones.domestic,
    name: "Click & collect",
    description: "Ready in our Prague shop within 2 hours",
    kind: "CLICK_AND_COLLECT",
    priceMinor: 0,
    paymentMethods: ALL,
    position: 2,
  });
  await method(methods.euStandard, {
    zoneId: zones.eu,
    name: "Standard delivery",
    description: "3–6 working days",
    priceMinor: 995,
    freeFromMinor: 15_000,
    bands: parcelBands(995),
    paymentMethods: ["card", "bank_transfer"],
    position: 0,
  });
  await method(methods.euExpress, {
    zoneId: zones.eu,
    name: "Express delivery",
    description: "1–2 working days",
    priceMinor: 2_495,
    paymentMethods: ["card", "bank_transfer"],
    position: 1,
  });
  await method(methods.worldStandard, {
    zoneId: zones.world,
    name: "International delivery",
    description: "5–12 working days",
    priceMinor: 2_495,
    paymentMethods: ["card"],
    position: 0,
  });

  await db.pickupLocation.upsert({
    where: { id: DEMO_DELIVERY.pickupLocation },
    update: {},
    create: {
      id: DEMO_DELIVERY.pickupLocation,
      name: "Northwind Goods Prague",
      line1: "Dlouhá 12",
      city: "Praha 1",
      postalCode: "110 00",
      country: "CZ",
      openingHours: "Mon–Fri 10:00–18:00, Sat 10:00–14:00",
    },
  });

  const payment = (method: PaymentMethod, data: { instructions: string; surchargeMinor?: number; position: number }) =>
    db.paymentMethodSetting.upsert({
      where: { method },
      update: {},
      create: { method, enabled: true, currency: "EUR", ...data },
    });
  await payment("card", { instructions: "Visa, Mastercard, Apple Pay and Google Pay.", position: 0 });
  await payment("bank_transfer", {
    instructions: "Pay within 7 days; we ship when the money arrives. The QR code works with any banking app.",
    position: 1,
  });
  await payment("cash_on_delivery", {
    instructions: "Pay the courier, or at the counter when you collect.",
    surchargeMinor: 150,
    position: 2,
  });
  await payment("test", { instructions: "No money moves: choose the outcome on the next page.", position: 3 });

  const account = (currency: string, iban: string) =>
    db.bankAccount.upsert({
      where: { currency },
      update: {},
      create: { currency, accountHolder: "Northwind Goods s.r.o.", iban, bic: "GIBACZPX" },
    });
  await account("EUR", "CZ6508000000192000145399");
  await account("CZK", "CZ6508000000192000145399");
}
