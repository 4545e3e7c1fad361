import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ProductListQuery } from "./schemas";
import { toPrefixTsQuery } from "./search-query";
import { stockStateOf } from "./stock-state";
import { translationLanguage } from "./translation-language";
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

// The name shown: the translation's, else the product's own.
const NAME = Prisma.sql`COALESCE(NULLIF(pt.name, ''), p.name)`;

function orderBy(query: ProductListQuery, searching: boolean): Prisma.Sql {
  switch (query.sort) {
    case "price_asc":
      return Prisma.sql`agg."minPrice" ASC, ${NAME} ASC`;
    case "price_desc":
      return Prisma.sql`agg."minPrice" DESC, ${NAME} ASC`;
    case "newest":
      return Prisma.sql`p."createdAt" DESC, p.id`;
    case "name":
      return Prisma.sql`${NAME} ASC, p.id`;
    case "relevance":
      return searching ? Prisma.sql`rank DESC, ${NAME} ASC` : Prisma.sql`p.featured DESC, p."createdAt" DESC, p.id`;
  }
}

/**
 * One statement: filter, aggregate variant prices and stock, pick the first image, count the total and page, with
 * names and alt texts in `language` (each falling back to the shop's own). Search uses the GIN-indexed tsvectors
 * (prefix matches, accents folded): the product's own text with English stemming (shop_english, the stored
 * column's configuration) and the translation's with its language's configuration (shop_search_config: Czech has
 * no stemmer), so a shopper finds a product by what the page shows and by the shop's own words; typos and other
 * word forms through trigram word similarity on the accent-folded names.
 */
export async function listProducts(db: Db, query: ProductListQuery, language: string): Promise<ProductPage> {
  const tsQuery = query.q ? toPrefixTsQuery(query.q) : null;
  const searching = tsQuery !== null && query.q !== undefined;
  const translation = translationLanguage(language);
  // Products of an archived category are hidden with it.
  const conditions: Prisma.Sql[] = [Prisma.sql`p.status = 'ACTIVE'`, Prisma.sql`NOT c.archived`];
  if (query.category) conditions.push(Prisma.sql`c.slug = ${query.category}`);
  if (searching) {
    conditions.push(
      Prisma.sql`(p."searchVector" @@ to_tsquery('shop_english', ${tsQuery})
        OR pt."searchVector" @@ to_tsquery(shop_search_config(${translation}), ${tsQuery})
        OR shop_unaccent(${query.q}) <% shop_unaccent(p.name)
        OR shop_unaccent(${query.q}) <% shop_unaccent(pt.name))`,
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
        + COALESCE(ts_rank(pt."searchVector", to_tsquery(shop_search_config(${translation}), ${tsQuery})), 0)
        + word_similarity(shop_unaccent(${query.q}), shop_unaccent(${NAME})) + word_similarity(${query.q}, ${NAME})`
    : Prisma.sql`0`;
  const offset = (query.page - 1) * query.pageSize;

  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.slug, ${NAME} AS name, p."createdAt",
           c.slug AS "categorySlug", COALESCE(NULLIF(ct.name, ''), c.name) AS "categoryName",
           agg."minPrice", agg."maxPrice", agg.currency, agg.available,
           img.url AS "imageUrl", img.alt AS "imageAlt", img.width AS "imageWidth", img.height AS "imageHeight",
           ${rank} AS rank,
           count(*) OVER () AS total
    FROM products p
    JOIN categories c ON c.id = p."categoryId"
    LEFT JOIN product_translations pt ON pt."productId" = p.id AND pt.language = ${translation}
    LEFT JOIN category_translations ct ON ct."categoryId" = c.id AND ct.language = ${translation}
    JOIN LATERAL (
      SELECT min(v."priceMinor")::int AS "minPrice", max(v."priceMinor")::int AS "maxPrice",
             min(v.currency) AS currency,
             sum(GREATEST(v."stockOnHand" - v."stockReserved", 0))::int AS available
      FROM product_variants v
      WHERE v."productId" = p.id AND v.active
    ) agg ON agg."minPrice" IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT i.url, COALESCE(NULLIF(it.alt, ''), i.alt) AS alt, i.width, i.height FROM product_images i
      LEFT JOIN product_image_translations it ON it."imageId" = i.id AND it.language = ${translation}
      WHERE i."productId" = p.id ORDER BY i.position LIMIT 1
    ) img ON true
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${orderBy(query, searching)}
    LIMIT ${query.pageSize} OFFSET ${offset}`;

  const total = rows[0] ? Number(rows[0].total) : offset > 0 ? await countOnly(db, query, language) : 0;
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
async function countOnly(db: Db, query: ProductListQuery, language: string): Promise<number> {
  const page = await listProducts(db, { ...query, page: 1, pageSize: 1 }, language);
  return page.total;
}
