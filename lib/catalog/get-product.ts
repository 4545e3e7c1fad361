import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { Db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { NO_OPTION_TEXTS, optionLabels, optionTextsFrom, optionTextsSql } from "./option-texts";
import { stockStateOf } from "./stock-state";
import { translated, translationLanguage } from "./translation-language";
import type { ProductDetail } from "./types";

interface TranslationRow {
  name: string | null;
  description: string | null;
  categoryName: string | null;
  /** Image id → alt text. */
  imageAlts: Record<string, string | null>;
  /** The language's option glossary (optionTextsSql). */
  optionTexts: unknown;
}

/**
 * The product's, its category's and its images' texts, and the option glossary, in a language other than the shop's
 * own, in one statement.
 */
async function productTranslation(db: Db, slug: string, language: string): Promise<TranslationRow | undefined> {
  const rows = await db.$queryRaw<TranslationRow[]>`
    SELECT pt.name, pt.description, ct.name AS "categoryName",
           (SELECT COALESCE(jsonb_object_agg(it."imageId", it.alt), '{}'::jsonb)
            FROM product_images i JOIN product_image_translations it ON it."imageId" = i.id AND it.language = ${language}
            WHERE i."productId" = p.id) AS "imageAlts",
           ${optionTextsSql(language)} AS "optionTexts"
    FROM products p
    LEFT JOIN product_translations pt ON pt."productId" = p.id AND pt.language = ${language}
    LEFT JOIN category_translations ct ON ct."categoryId" = p."categoryId" AND ct.language = ${language}
    WHERE p.slug = ${slug}`;
  return rows[0];
}

/**
 * An active product of a category not archived, with its active variants and images, or a not_found error. Texts
 * are in `language`, each falling back to the shop's own; another language's texts come from one more statement,
 * sent alongside.
 */
export async function getProductBySlug(db: Db, slug: string, language: string): Promise<ProductDetail> {
  const translationIn = translationLanguage(language);
  const [product, translation] = await Promise.all([
    db.product.findUnique({
      where: { slug },
      include: {
        category: { select: { slug: true, name: true, archived: true } },
        variants: { where: { active: true }, orderBy: [{ position: "asc" }, { sku: "asc" }] },
        images: { orderBy: { position: "asc" } },
      },
    }),
    translationIn ? productTranslation(db, slug, translationIn) : undefined,
  ]);
  if (!product || product.status !== "ACTIVE" || product.category.archived || product.variants.length === 0) {
    throw notFound("The product was not found.");
  }

  return {
    id: product.id,
    slug: product.slug,
    name: translated(translation?.name, product.name),
    description: translated(translation?.description, product.description),
    category: { slug: product.category.slug, name: translated(translation?.categoryName, product.category.name) },
    vatRateBps: product.vatRateBps,
    optionNames: product.optionNames,
    optionLabels: optionLabels(
      translation ? optionTextsFrom(translation.optionTexts) : NO_OPTION_TEXTS,
      product.optionNames,
      product.variants.map((v) => storedOptionValues(v.optionValues)),
    ),
    variants: product.variants.map((v) => {
      const available = Math.max(0, v.stockOnHand - v.stockReserved);
      return {
        id: v.id,
        sku: v.sku,
        options: storedOptionValues(v.optionValues),
        price: { amountMinor: v.priceMinor, currency: v.currency },
        available,
        stockState: stockStateOf(available),
      };
    }),
    images: product.images.map(({ id, url, alt, width, height }) => ({
      url,
      alt: translated(translation?.imageAlts[id], alt),
      width,
      height,
    })),
    updatedAt: product.updatedAt.toISOString(),
  };
}
