import type { Db } from "@/lib/db";
import { optionTextsFrom, optionTextsSql } from "@/lib/catalog/option-texts";
import { translated, translationLanguage } from "@/lib/catalog/translation-language";
import type { CartView } from "./types";
import { variantTitle } from "./variant-title";

interface LineTexts {
  variantId: string;
  optionNames: string[];
  optionValues: unknown;
  name: string | null;
  optionTexts: unknown;
}

/**
 * The cart's product names and option values in the page's language (their translations, falling back to the
 * shop's own). The cart query itself stays the one prepared statement every add to cart runs; a page in another
 * language adds this one read.
 */
export async function inLanguage(db: Db, cart: CartView, language: string): Promise<CartView> {
  const other = translationLanguage(language);
  if (!other || cart.lines.length === 0) return cart;
  const variantIds = [...new Set(cart.lines.map((line) => line.variantId))];
  const rows = await db.$queryRaw<LineTexts[]>`
    SELECT v.id AS "variantId", p."optionNames", v."optionValues", pt.name, ${optionTextsSql(other)} AS "optionTexts"
    FROM product_variants v
    JOIN products p ON p.id = v."productId"
    LEFT JOIN product_translations pt ON pt."productId" = p.id AND pt.language = ${other}
    WHERE v.id = ANY(${variantIds}::uuid[])`;
  const byVariant = new Map(rows.map((row) => [row.variantId, row]));
  const valueTexts = optionTextsFrom(rows[0]?.optionTexts).values;
  return {
    ...cart,
    lines: cart.lines.map((line) => {
      const row = byVariant.get(line.variantId);
      if (!row) return line;
      return {
        ...line,
        productName: translated(row.name, line.productName),
        variantTitle: variantTitle(row.optionNames, row.optionValues, valueTexts),
      };
    }),
  };
}
