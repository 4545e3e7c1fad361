import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { Db } from "@/lib/db/client";
import { glossaryText, optionTextsOf } from "./option-texts";
import { translated, translationLanguage } from "./translation-language";
import type { FeedSite } from "@/lib/generated/prisma/client";

// What the product feeds (lib/feeds) are built from: every product a shopper can open (the storefront's rule:
// active, in a category not archived, with an active variant) that staff have not kept out of the feeds, with its
// active variants in display order. Prices and stock are the storefront's own columns, so a feed never disagrees
// with the product page. Read through the catalog cache, which drops it on every catalog change.

export interface FeedVariant {
  id: string;
  sku: string;
  /** Option values keyed by option name; {} when the stored value is not a plain map. */
  options: Record<string, string>;
  priceMinor: number;
  currency: string;
  available: number;
  weightGrams: number;
}

export interface FeedProduct {
  id: string;
  slug: string;
  name: string;
  description: string;
  vatRateBps: number;
  optionNames: string[];
  category: { id: string; name: string };
  /** The category's text on each site staff mapped it for. */
  categoryText: Partial<Record<FeedSite, string>>;
  /** Image paths under the public root, first is the main one. */
  imageUrls: string[];
  variants: FeedVariant[];
  updatedAt: string;
}

/**
 * The exported products with their texts in `language` (a feed site's, lib/feeds/feed-language.ts): names,
 * descriptions, category names and option names and values each translated where staff translated them, else the
 * shop's own. Option names and values are only shown in feeds, so they are translated as keys too.
 */
export async function listFeedProducts(db: Db, language: string): Promise<FeedProduct[]> {
  const other = translationLanguage(language);
  const [products, glossary] = await Promise.all([
    listExported(db, other),
    other ? db.optionTranslation.findMany({ where: { language: other } }) : Promise.resolve([]),
  ]);
  const texts = optionTextsOf(glossary);
  const optionName = (name: string) => glossaryText(texts.names, name) ?? name;
  const optionValue = (value: string) => glossaryText(texts.values, value) ?? value;
  return products.map((p) => ({
    id: p.id,
    slug: p.slug,
    name: translated(p.translations[0]?.name, p.name),
    description: translated(p.translations[0]?.description, p.description),
    vatRateBps: p.vatRateBps,
    optionNames: p.optionNames.map(optionName),
    category: { id: p.category.id, name: translated(p.category.translations[0]?.name, p.category.name) },
    categoryText: Object.fromEntries(p.category.feedMappings.map((m) => [m.site, m.text])),
    imageUrls: p.images.map((i) => i.url),
    variants: p.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: Object.fromEntries(
        Object.entries(storedOptionValues(v.optionValues)).map(([name, value]) => [
          optionName(name),
          optionValue(value),
        ]),
      ),
      priceMinor: v.priceMinor,
      currency: v.currency.trim(),
      available: Math.max(0, v.stockOnHand - v.stockReserved),
      weightGrams: v.weightGrams,
    })),
    updatedAt: p.updatedAt.toISOString(),
  }));
}

/** `language` null: the shop's own texts only; `take: 0` spares Prisma the translation reads (it sends none). */
function listExported(db: Db, language: string | null) {
  const translations = language === null ? { where: { language: "" }, take: 0 } : { where: { language } };
  return db.product.findMany({
    where: {
      status: "ACTIVE",
      category: { archived: false },
      feedExclusion: null,
      variants: { some: { active: true } },
    },
    orderBy: [{ category: { position: "asc" } }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      vatRateBps: true,
      optionNames: true,
      updatedAt: true,
      translations: { ...translations, select: { name: true, description: true } },
      category: {
        select: {
          id: true,
          name: true,
          feedMappings: { select: { site: true, text: true } },
          translations: { ...translations, select: { name: true } },
        },
      },
      images: { orderBy: { position: "asc" }, select: { url: true } },
      variants: {
        where: { active: true },
        orderBy: [{ position: "asc" }, { sku: "asc" }],
        select: {
          id: true,
          sku: true,
          optionValues: true,
          priceMinor: true,
          currency: true,
          stockOnHand: true,
          stockReserved: true,
          weightGrams: true,
        },
      },
    },
  });
}
