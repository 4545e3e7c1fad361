import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { lockCategory, lockProduct } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { CategoryTranslationsInput, ProductTranslationsInput } from "./translation-schemas";

// Saving staff-written translations: one transaction per product or category, an upsert per language holding only
// the fields that changed, and one audit record whose before/after name each changed field as "<language>.<field>"
// ("images.<id>.<language>.alt" for a picture). Saving the same text again writes and records nothing.

type Text = Partial<Record<string, string | null>>;
type Existing = { language: string } & Record<string, unknown>;

export interface TranslationDiff {
  before: Record<string, string | null>;
  after: Record<string, string | null>;
}

/** What changes per language, given the stored rows and the submitted fields (undefined = leave alone). */
export function planTranslations(
  existing: readonly Existing[],
  input: Partial<Record<string, Text | undefined>>,
  fields: readonly string[],
  prefix: string,
  diff: TranslationDiff,
): [string, Record<string, string | null>][] {
  const writes: [string, Record<string, string | null>][] = [];
  for (const [language, text] of Object.entries(input)) {
    if (!text) continue;
    const row = existing.find((r) => r.language === language);
    const data: Record<string, string | null> = {};
    for (const field of fields) {
      const next = text[field];
      if (next === undefined) continue;
      const was = (row?.[field] as string | null | undefined) ?? null;
      if ((was || null) === next) continue;
      data[field] = next;
      diff.before[`${prefix}${language}.${field}`] = was;
      diff.after[`${prefix}${language}.${field}`] = next;
    }
    if (Object.keys(data).length > 0) writes.push([language, data]);
  }
  return writes;
}

/**
 * Writes a product's translations inside the caller's transaction (the admin form, the CSV import), with the
 * product locked by the caller. Returns what changed, for the audit record.
 */
export async function writeProductTranslations(
  tx: Tx,
  productId: string,
  input: ProductTranslationsInput,
  diff: TranslationDiff = { before: {}, after: {} },
): Promise<TranslationDiff> {
  const existing = await tx.productTranslation.findMany({
    where: { productId },
    select: { language: true, name: true, description: true },
  });
  for (const [language, data] of planTranslations(existing, input.translations, ["name", "description"], "", diff)) {
    await tx.productTranslation.upsert({
      where: { productId_language: { productId, language } },
      create: { productId, language, ...data },
      update: data,
    });
  }
  const imageIds = Object.keys(input.images ?? {});
  if (imageIds.length > 0) {
    const images = await tx.productImage.findMany({
      where: { id: { in: imageIds }, productId },
      select: { id: true, translations: { select: { language: true, alt: true } } },
    });
    for (const imageId of imageIds) {
      const image = images.find((i) => i.id === imageId);
      if (!image) throw invalidInput({ [`images.${imageId}`]: "This picture does not belong to the product." });
      const plan = planTranslations(
        image.translations,
        input.images?.[imageId] ?? {},
        ["alt"],
        `images.${imageId}.`,
        diff,
      );
      for (const [language, data] of plan) {
        await tx.productImageTranslation.upsert({
          where: { imageId_language: { imageId, language } },
          create: { imageId, language, ...data },
          update: data,
        });
      }
    }
  }
  return diff;
}

const changed = (diff: TranslationDiff) => Object.keys(diff.after).length > 0;

/** Saves a product's (and its pictures') translations from the admin page or the API. */
export async function saveProductTranslations(
  db: Db,
  actor: StaffActor,
  productId: string,
  input: ProductTranslationsInput,
): Promise<{ changed: boolean }> {
  const diff = await db.$transaction(async (tx) => {
    await lockProduct(tx, productId);
    const diff = await writeProductTranslations(tx, productId, input);
    if (changed(diff)) {
      await recordAudit(tx, actor, {
        action: "product.translate",
        entityType: "product",
        entityId: productId,
        before: diff.before,
        after: diff.after,
      });
    }
    return diff;
  });
  if (changed(diff)) await refreshStorefront([productId]);
  return { changed: changed(diff) };
}

/** Saves a category's translations. */
export async function saveCategoryTranslations(
  db: Db,
  actor: StaffActor,
  categoryId: string,
  input: CategoryTranslationsInput,
): Promise<{ changed: boolean }> {
  const diff = await db.$transaction(async (tx) => {
    await lockCategory(tx, categoryId);
    const existing = await tx.categoryTranslation.findMany({
      where: { categoryId },
      select: { language: true, name: true, description: true },
    });
    const diff: TranslationDiff = { before: {}, after: {} };
    for (const [language, data] of planTranslations(existing, input.translations, ["name", "description"], "", diff)) {
      await tx.categoryTranslation.upsert({
        where: { categoryId_language: { categoryId, language } },
        create: { categoryId, language, ...data },
        update: data,
      });
    }
    if (changed(diff)) {
      await recordAudit(tx, actor, {
        action: "category.translate",
        entityType: "category",
        entityId: categoryId,
        before: diff.before,
        after: diff.after,
      });
    }
    return diff;
  });
  if (changed(diff)) await refreshStorefront();
  return { changed: changed(diff) };
}
