import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { defaultPaymentConfig, type PaymentMethodConfig, type ShopSettings } from "./shop-settings";

/** Reads every delivery and payment setting, in display order. Five small queries; callers go through the cache. */
export async function loadShopSettings(db: Db | Tx): Promise<ShopSettings> {
  const [zones, methods, pickupLocations, payments, bankAccounts] = await Promise.all([
    db.deliveryZone.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.deliveryMethod.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      include: { weightBands: { orderBy: { maxGrams: "asc" } } },
    }),
    db.pickupLocation.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }),
    db.paymentMethodSetting.findMany(),
    db.bankAccount.findMany({ orderBy: { currency: "asc" } }),
  ]);
  const stored = new Map(payments.map((p) => [p.method, p]));
  const paymentConfig = (method: PaymentMethod): PaymentMethodConfig => {
    const row = stored.get(method);
    if (!row) return defaultPaymentConfig(method, env.SHOP_CURRENCY);
    const { enabled, instructions, surchargeMinor, currency, reservationDays, position } = row;
    return { method, enabled, instructions, surchargeMinor, currency, reservationDays, position };
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
