import type { Db } from "@/lib/db";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { defaultLanguage } from "@/lib/i18n/languages";

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

/** A text shoppers read, in English and Czech. */
type Words = { en: string; cs: string };

/** The shop's own language goes in the settings' columns (Czech when SHOP_LOCALE is Czech), the other in a row. */
const own = (words: Words) => (defaultLanguage === "cs" ? words.cs : words.en);
const other = (): "en" | "cs" => (defaultLanguage === "cs" ? "en" : "cs");

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
      name: Words;
      description: Words;
      kind?: "HOME_DELIVERY" | "CLICK_AND_COLLECT";
      priceMinor: number;
      freeFromMinor?: number;
      bands?: { maxGrams: number; priceMinor: number }[];
      paymentMethods: PaymentMethod[];
      position: number;
    },
  ) => {
    const { bands, name, description, ...fields } = data;
    const language = other();
    return db.deliveryMethod.upsert({
      where: { id },
      // Staff may have renamed a demo method since: its texts, in every language, are theirs.
      update: {},
      create: {
        id,
        ...fields,
        name: own(name),
        description: own(description),
        currency: "EUR",
        ...(bands ? { weightBands: { create: bands } } : {}),
        translations: { create: { language, name: name[language], description: description[language] } },
      },
    });
  };
  await method(methods.domesticStandard, {
    zoneId: zones.domestic,
    name: { en: "Standard delivery", cs: "Standardní doručení" },
    description: { en: "2–3 working days", cs: "2–3 pracovní dny" },
    priceMinor: 495,
    freeFromMinor: 7_500,
    bands: parcelBands(495),
    paymentMethods: ALL,
    position: 0,
  });
  await method(methods.domesticExpress, {
    zoneId: zones.domestic,
    name: { en: "Express delivery", cs: "Expresní doručení" },
    description: { en: "Next working day", cs: "Následující pracovní den" },
    priceMinor: 995,
    paymentMethods: ALL,
    position: 1,
  });
  await method(methods.clickAndCollect, {
    zoneId: zones.domestic,
    name: { en: "Click & collect", cs: "Osobní odběr" },
    description: { en: "Ready in our Prague shop within 2 hours", cs: "Připraveno v naší pražské prodejně do 2 hodin" },
    kind: "CLICK_AND_COLLECT",
    priceMinor: 0,
    paymentMethods: ALL,
    position: 2,
  });
  await method(methods.euStandard, {
    zoneId: zones.eu,
    name: { en: "Standard delivery", cs: "Standardní doručení" },
    description: { en: "3–6 working days", cs: "3–6 pracovních dnů" },
    priceMinor: 995,
    freeFromMinor: 15_000,
    bands: parcelBands(995),
    paymentMethods: ["card", "bank_transfer"],
    position: 0,
  });
  await method(methods.euExpress, {
    zoneId: zones.eu,
    name: { en: "Express delivery", cs: "Expresní doručení" },
    description: { en: "1–2 working days", cs: "1–2 pracovní dny" },
    priceMinor: 2_495,
    paymentMethods: ["card", "bank_transfer"],
    position: 1,
  });
  await method(methods.worldStandard, {
    zoneId: zones.world,
    name: { en: "International delivery", cs: "Mezinárodní doručení" },
    description: { en: "5–12 working days", cs: "5–12 pracovních dnů" },
    priceMinor: 2_495,
    paymentMethods: ["card"],
    position: 0,
  });

  const openingHours = { en: "Mon–Fri 10:00–18:00, Sat 10:00–14:00", cs: "Po–Pá 10:00–18:00, So 10:00–14:00" };
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
      openingHours: own(openingHours),
      translations: { create: { language: other(), openingHours: openingHours[other()] } },
    },
  });

  const payment = async (
    method: PaymentMethod,
    data: { instructions: Words; surchargeMinor?: number; position: number },
  ) => {
    const { instructions, ...fields } = data;
    if (await db.paymentMethodSetting.findUnique({ where: { method } })) return;
    const language = other();
    await db.paymentMethodSetting.create({
      data: { method, enabled: true, currency: "EUR", ...fields, instructions: own(instructions) },
    });
    await db.paymentMethodTranslation.create({ data: { method, language, instructions: instructions[language] } });
  };
  await payment("card", {
    instructions: {
      en: "Visa, Mastercard, Apple Pay and Google Pay.",
      cs: "Visa, Mastercard, Apple Pay a Google Pay.",
    },
    position: 0,
  });
  await payment("bank_transfer", {
    instructions: {
      en: "Pay within 7 days; we ship when the money arrives. The QR code works with any banking app.",
      cs: "Zaplaťte do 7 dnů; odešleme, jakmile platba dorazí. QR kód načte každá bankovní aplikace.",
    },
    position: 1,
  });
  await payment("cash_on_delivery", {
    instructions: {
      en: "Pay the courier, or at the counter when you collect.",
      cs: "Zaplaťte kurýrovi, nebo na pokladně při vyzvednutí.",
    },
    surchargeMinor: 150,
    position: 2,
  });
  await payment("test", {
    instructions: {
      en: "No money moves: choose the outcome on the next page.",
      cs: "Žádné peníze se nepřevádějí: výsledek zvolíte na další stránce.",
    },
    position: 3,
  });

  const account = (currency: string, iban: string) =>
    db.bankAccount.upsert({
      where: { currency },
      update: {},
      create: { currency, accountHolder: "Northwind Goods s.r.o.", iban, bic: "GIBACZPX" },
    });
  await account("EUR", "CZ6508000000192000145399");
  await account("CZK", "CZ6508000000192000145399");
}
