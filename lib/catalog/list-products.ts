import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProductListQuery } from "./schemas";
import { toPrefixTsQuery } from "./search-query";
import { stockStateOf } from "./stock-state";
import type { ProductPage } from "./types";

interface Row {
  id: string;
  slug: string;
  name: string;
  createdAt: Date;
  categorySlug: string;
  categoryName: string;
  minPrice: number;
  maxPrice: number;
  currency: string;
  available: number;
  imageUrl: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
  total: bigint;
}

function orderBy(query: ProductListQuery, searching: boolean): Prisma.Sql {
  switch (query.sort) {
    case "price_asc":
      return Prisma.sql`agg."minPrice" ASC, p.name ASC`;
    case "price_desc":
      return Prisma.sql`agg."minPrice" DESC, p.name ASC`;
    case "newest":
      return Prisma.sql`p."createdAt" DESC, p.id`;
    case "name":
      return Prisma.sql`p.name ASC, p.id`;
    case "relevance":
      return searching ? Prisma.sql`rank DESC, p.name ASC` : Prisma.sql`p.featured DESC, p."createdAt" DESC, p.id`;
  }
}

/**
 * One statement: filter, aggregate variant prices and stock, pick the first image, count the total and page.
 * Search uses the GIN-indexed tsvector (prefix matches, stemmed, accents folded) or, for typos, trigram word
 * similarity on the accent-folded name.
 */
export async function listProducts(db: Db, query: ProductListQuery): Promise<ProductPage> {
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  const searching = tsQuery !== null && query.q !== undefined;
  // Products of an archived category are hidden with it.
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status = 'ACTIVE'`, Prisma.sql`NOT c.archived`];
  if (query.category) conditions.push(Prisma.sql`c.slug = ${query.category}`);
  if (searching) {
    conditions.push(
      Prisma.sql`(p."searchVector" @@ to_tsquery('shop_english', ${tsQuery}) OR shop_unaccent(${query.q}) <% shop_unaccent(p.name))`,
    );
  } else if (query.q) {
    // Text with no letters or digits matches nothing rather than everything.
    conditions.push(Prisma.sql`false`);
  }
  if (query.minPrice !== undefined) conditions.push(Prisma.sql`agg."minPrice" >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) conditions.push(Prisma.sql`agg."minPrice" <= ${query.maxPrice}`);
  if (query.inStock) conditions.push(Prisma.sql`agg.available > 0`);

  const rank = searching
    ? // Folded similarity finds the product; the similarity as typed puts the exact spelling ("košile") first.
      Prisma.sql`ts_rank(p."searchVector", to_tsquery('shop_english', ${tsQuery}))
        + word_similarity(shop_unaccent(${query.q}), shop_unaccent(p.name)) + word_similarity(${query.q}, p.name)`
    : Prisma.sql`0`;
  const offset = (query.page - 1) * query.pageSize;

  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.slug, p.name, p."createdAt",
           c.slug AS "categorySlug", c.name AS "categoryName",
           agg."minPrice", agg."maxPrice", agg.currency, agg.available,
           img.url AS "imageUrl", img.alt AS "imageAlt", img.width AS "imageWidth", img.height AS "imageHeight",
           ${rank} AS rank,
           count(*) OVER () AS total
    FROM products p
    JOIN categories c ON c.id = p."categoryId"
    JOIN LATERAL (
      SELECT min(v."priceMinor")::int AS "minPrice", max(v."priceMinor")::int AS "maxPrice",
             min(v.currency) AS currency,
             sum(GREATEST(v."stockOnHand" - v."stockReserved", 0))::int AS available
      FROM product_variants v
      WHERE v."productId" = p.id AND v.active
    ) agg ON agg."minPrice" IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT i.url, i.alt, i.width, i.height FROM product_images i
      WHERE i."productId" = p.id ORDER BY i.position LIMIT 1
    ) img ON true
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${orderBy(query, searching)}
    LIMIT ${query.pageSize} OFFSET ${offset}`;

  const total = rows[0] ? Number(rows[0].total) : offset > 0 ? await countOnly(db, query) : 0;
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      name: r.name,
      category: { slug: r.categorySlug, name: r.categoryName },
      priceFrom: { amountMinor: r.minPrice, currency: r.currency.trim() },
      priceVaries: r.minPrice !== r.maxPrice,
      available: r.available,
      stockState: stockStateOf(r.available),
      image:
        r.imageUrl && r.imageWidth && r.imageHeight
          ? { url: r.imageUrl, alt: r.imageAlt ?? "", width: r.imageWidth, height: r.imageHeight }
          : null,
      createdAt: r.createdAt.toISOString(),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}

/** A page past the end has no rows to carry the window count; count separately so the UI can offer the way back. */
async function countOnly(db: Db, query: ProductListQuery): Promise<number> {
  const page = await listProducts(db, { ...query, page: 1, pageSize: 1 });
  return page.total;
}
