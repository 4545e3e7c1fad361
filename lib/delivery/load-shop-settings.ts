import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { defaultPaymentConfig, type PaymentMethodConfig, type ShopSettings, type Translations } from "./shop-settings";

/** Translation rows → { language: { field: text } }. */
function byLanguage<Field extends string>(
  rows: readonly ({ language: string } & Record<Field, string | null>)[],
  fields: readonly Field[],
): Translations<Field> {
  const result: Record<string, Record<Field, string | null>> = {};
  for (const row of rows) {
    const text = {} as Record<Field, string | null>;
    for (const field of fields) text[field] = row[field];
    result[row.language] = text;
  }
  return result;
}

/**
 * Reads every delivery and payment setting, with its texts in the other languages, in display order. A handful of
 * small queries; callers go through the cache.
 */
export async function loadShopSettings(db: Db | Tx): Promise<ShopSettings> {
  const [zones, methods, pickupLocations, payments, paymentTexts, bankAccounts] = await Promise.all([
    db.deliveryZone.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.deliveryMethod.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      include: { weightBands: { orderBy: { maxGrams: "asc" } }, translations: true },
    }),
    db.pickupLocation.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], include: { translations: true } }),
    db.paymentMethodSetting.findMany(),
    db.paymentMethodTranslation.findMany(),
    db.bankAccount.findMany({ orderBy: { currency: "asc" } }),
  ]);
  const stored = new Map(payments.map((p) => [p.method, p]));
  const paymentConfig = (method: PaymentMethod): PaymentMethodConfig => {
    const row = stored.get(method);
    const translations = byLanguage(
      paymentTexts.filter((t) => t.method === method),
      ["instructions"],
    );
    if (!row) return { ...defaultPaymentConfig(method, env.SHOP_CURRENCY), translations };
    const { enabled, instructions, surchargeMinor, currency, reservationDays, position } = row;
    return { method, enabled, instructions, surchargeMinor, currency, reservationDays, position, translations };
  };
  return {
    zones: zones.map(({ id, name, countries, position }) => ({ id, name, countries, position })),
    methods: methods.map((m) => ({
      id: m.id,
      zoneId: m.zoneId,
      name: m.name,
      description: m.description,
      kind: m.kind,
      priceMinor: m.priceMinor,
      currency: m.currency,
      freeFromMinor: m.freeFromMinor,
      weightBands: m.weightBands.map(({ maxGrams, priceMinor }) => ({ maxGrams, priceMinor })),
      paymentMethods: m.paymentMethods,
      active: m.active,
      position: m.position,
      translations: byLanguage(m.translations, ["name", "description"]),
    })),
    pickupLocations: pickupLocations.map((p) => ({
      id: p.id,
      name: p.name,
      line1: p.line1,
      line2: p.line2,
      city: p.city,
      postalCode: p.postalCode,
      country: p.country,
      openingHours: p.openingHours,
      active: p.active,
      position: p.position,
      translations: byLanguage(p.translations, ["openingHours"]),
    })),
    payments: {
      card: paymentConfig("card"),
      bank_transfer: paymentConfig("bank_transfer"),
      cash_on_delivery: paymentConfig("cash_on_delivery"),
      test: paymentConfig("test"),
    },
    bankAccounts: bankAccounts.map(({ id, currency, accountHolder, iban, bic }) => ({
      id,
      currency,
      accountHolder,
      iban,
      bic,
    })),
  };
}
