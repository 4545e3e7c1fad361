import type { Db } from "@/lib/db";
import { translated, translationLanguage } from "@/lib/catalog/translation-language";
import type { CartView } from "./types";

/**
 * The cart's product names in the page's language (its translations, falling back to the shop's own name). The
 * cart query itself stays the one prepared statement every add to cart runs; a page in another language adds this
 * one read.
 */
export async function inLanguage(db: Db, cart: CartView, language: string): Promise<CartView> {
  const other = translationLanguage(language);
  if (!other || cart.lines.length === 0) return cart;
  const slugs = [...new Set(cart.lines.map((line) => line.productSlug))];
  const rows = await db.productTranslation.findMany({
    where: { language: other, product: { slug: { in: slugs } } },
    select: { name: true, product: { select: { slug: true } } },
  });
  const names = new Map(rows.map((row) => [row.product.slug, row.name]));
  return {
    ...cart,
    lines: cart.lines.map((line) => ({
      ...line,
      productName: translated(names.get(line.productSlug), line.productName),
    })),
  };
}
