import type { Db } from "@/lib/db/client";

export interface SitemapEntries {
  products: { slug: string; updatedAt: Date }[];
  categories: { slug: string; updatedAt: Date }[];
}

/**
 * Everything a search engine should index: every product a shopper can open (active, with an active variant —
 * the same rule as the product page) and every category; archived categories and their products are left out.
 * Last-modified counts variant changes (price, stock) and translations (a page exists in every language).
 */
export async function listSitemapEntries(db: Db): Promise<SitemapEntries> {
  const [products, categories] = await Promise.all([
    db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
      SELECT p.slug, GREATEST(p."updatedAt", max(v."updatedAt"),
               (SELECT max(t."updatedAt") FROM product_translations t WHERE t."productId" = p.id)) AS "updatedAt"
      FROM products p JOIN product_variants v ON v."productId" = p.id AND v.active
      JOIN categories c ON c.id = p."categoryId" AND NOT c.archived
      WHERE p.status = 'ACTIVE'
      GROUP BY p.id
      ORDER BY p.slug`,
    db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
      SELECT c.slug, GREATEST(c."updatedAt", max(t."updatedAt")) AS "updatedAt"
      FROM categories c LEFT JOIN category_translations t ON t."categoryId" = c.id
      WHERE NOT c.archived
      GROUP BY c.id
      ORDER BY c.position ASC, c.name ASC`,
  ]);
  return { products, categories };
}
