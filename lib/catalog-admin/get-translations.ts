import type { Db } from "@/lib/db";

// The stored translations as the admin forms show them: language → field → text ("" when none).

export type TranslatedText = Record<string, { name: string; description: string }>;

function byLanguage(rows: readonly { language: string; name: string | null; description: string | null }[]) {
  const out: TranslatedText = {};
  for (const row of rows) out[row.language] = { name: row.name ?? "", description: row.description ?? "" };
  return out;
}

export async function getProductTranslations(
  db: Db,
  productId: string,
): Promise<{ translations: TranslatedText; images: Record<string, Record<string, string>> }> {
  const [rows, images] = await Promise.all([
    db.productTranslation.findMany({ where: { productId }, select: { language: true, name: true, description: true } }),
    db.productImageTranslation.findMany({
      where: { image: { productId } },
      select: { imageId: true, language: true, alt: true },
    }),
  ]);
  const alts: Record<string, Record<string, string>> = {};
  for (const row of images) (alts[row.imageId] ??= {})[row.language] = row.alt ?? "";
  return { translations: byLanguage(rows), images: alts };
}

/** Every category's translations, keyed by category id. */
export async function getCategoryTranslations(db: Db): Promise<Record<string, TranslatedText>> {
  const rows = await db.categoryTranslation.findMany({
    select: { categoryId: true, language: true, name: true, description: true },
  });
  const out: Record<string, TranslatedText> = {};
  for (const row of rows) {
    (out[row.categoryId] ??= {})[row.language] = { name: row.name ?? "", description: row.description ?? "" };
  }
  return out;
}
