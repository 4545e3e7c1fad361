import type { Db } from "@/lib/db/client";

export interface SitemapEntries {
  products: { slug: string; updatedAt: Date }[];
  categories: { slug: string; updatedAt: Date }[];
}

/**
 * Everything a search engine should index: every product a shopper can open (active, with an active variant —
 * the same rule as the product page) and every category; archived categories and their products are left out.
 * Last-modified counts variant changes (price, stock).
 */
export async function listSitemapEntries(db: Db): Promise<SitemapEntries> {
  const [products, categories] = await Promise.all([
    db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
      SELECT p.slug, GREATEST(p."updatedAt", max(v."updatedAt")) AS "updatedAt"
      FROM products p JOIN product_variants v ON v."productId" = p.id AND v.active
      JOIN categories c ON c.id = p."categoryId" AND NOT c.archived
      WHERE p.status = 'ACTIVE'
      GROUP BY p.id
      ORDER BY p.slug`,
    db.category.findMany({
      where: { archived: false },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return { products, categories };
}
