import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { planTranslations, type TranslationDiff } from "@/lib/catalog-admin/save-translations";
import type { Db, Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { dropShopSettings } from "./settings-cache";
import type {
  DeliveryMethodTranslationsInput,
  PaymentMethodTranslationsInput,
  PickupLocationTranslationsInput,
} from "./translation-schemas";

// Saving staff's translations of delivery and payment texts, as the catalog's are saved: one transaction, an upsert
// per language holding only the changed fields, one audit record naming each as "<language>.<field>". Saving the
// same text again writes and records nothing. The settings triggers tell every instance; this one drops its copy.

type Texts = Partial<Record<string, Partial<Record<string, string | null>> | undefined>>;

interface TextsTarget {
  /** Locks what is translated (throws not found when it is gone), ordering concurrent saves. */
  lock: (tx: Tx) => Promise<void>;
  read: (tx: Tx) => Promise<({ language: string } & Record<string, unknown>)[]>;
  write: (tx: Tx, language: string, data: Record<string, string | null>) => Promise<unknown>;
  fields: readonly string[];
  audit: { action: string; entityType: string; entityId: string | null; about?: Record<string, string> };
}

async function saveTexts(db: Db, actor: StaffActor, target: TextsTarget, input: Texts): Promise<{ changed: boolean }> {
  requireWrite(actor);
  const diff = await db.$transaction(async (tx) => {
    await target.lock(tx);
    const diff: TranslationDiff = { before: {}, after: {} };
    for (const [language, data] of planTranslations(await target.read(tx), input, target.fields, "", diff)) {
      await target.write(tx, language, data);
    }
    if (Object.keys(diff.after).length > 0) {
      const { about, ...entity } = target.audit;
      await recordAudit(tx, actor, {
        ...entity,
        before: { ...about, ...diff.before },
        after: { ...about, ...diff.after },
      });
    }
    return diff;
  });
  const changed = Object.keys(diff.after).length > 0;
  if (changed) dropShopSettings();
  return { changed };
}

/** A delivery method's name and description in the other languages. */
export function saveDeliveryMethodTranslations(
  db: Db,
  actor: StaffActor,
  methodId: string,
  input: DeliveryMethodTranslationsInput,
): Promise<{ changed: boolean }> {
  const target: TextsTarget = {
    lock: async (tx) => {
      const rows = await tx.$queryRaw<
        unknown[]
      >`SELECT 1 FROM delivery_methods WHERE id = ${methodId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw notFound("The delivery method was not found.");
    },
    read: (tx) => tx.deliveryMethodTranslation.findMany({ where: { methodId } }),
    write: (tx, language, data) =>
      tx.deliveryMethodTranslation.upsert({
        where: { methodId_language: { methodId, language } },
        create: { methodId, language, ...data },
        update: data,
      }),
    fields: ["name", "description"],
    audit: { action: "delivery_method.translate", entityType: "delivery_method", entityId: methodId },
  };
  return saveTexts(db, actor, target, input.translations);
}

/** A pickup location's opening hours in the other languages. */
export function savePickupLocationTranslations(
  db: Db,
  actor: StaffActor,
  locationId: string,
  input: PickupLocationTranslationsInput,
): Promise<{ changed: boolean }> {
  const target: TextsTarget = {
    lock: async (tx) => {
      const rows = await tx.$queryRaw<
        unknown[]
      >`SELECT 1 FROM pickup_locations WHERE id = ${locationId}::uuid FOR UPDATE`;
      if (rows.length === 0) throw notFound("The pickup location was not found.");
    },
    read: (tx) => tx.pickupLocationTranslation.findMany({ where: { locationId } }),
    write: (tx, language, data) =>
      tx.pickupLocationTranslation.upsert({
        where: { locationId_language: { locationId, language } },
        create: { locationId, language, ...data },
        update: data,
      }),
    fields: ["openingHours"],
    audit: { action: "pickup_location.translate", entityType: "pickup_location", entityId: locationId },
  };
  return saveTexts(db, actor, target, input.translations);
}

/** A payment method's instructions in the other languages (kept whether or not its settings were ever saved). */
export function savePaymentMethodTranslations(
  db: Db,
  actor: StaffActor,
  method: PaymentMethod,
  input: PaymentMethodTranslationsInput,
): Promise<{ changed: boolean }> {
  const target: TextsTarget = {
    // No settings row need exist to lock: a transaction-scoped advisory lock per method orders concurrent saves.
    lock: async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('payment_method_translations'), hashtext(${method}))`;
    },
    read: (tx) => tx.paymentMethodTranslation.findMany({ where: { method } }),
    write: (tx, language, data) =>
      tx.paymentMethodTranslation.upsert({
        where: { method_language: { method, language } },
        create: { method, language, ...data },
        update: data,
      }),
    fields: ["instructions"],
    audit: { action: "payment_method.translate", entityType: "payment_method", entityId: null, about: { method } },
  };
  return saveTexts(db, actor, target, input.translations);
}
