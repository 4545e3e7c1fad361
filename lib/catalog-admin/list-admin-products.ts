import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdminProductListQuery, ProductStatusValue } from "./schemas";

export type ProductFilter = Pick<AdminProductListQuery, "q" | "status" | "categoryId">;
import type { AdminProductPage } from "./types";

interface Row {
  id: string;
  slug: string;
  name: string;
  status: ProductStatusValue;
  featured: boolean;
  updatedAt: Date;
  categoryId: string;
  categoryName: string;
  categoryArchived: boolean;
  variantCount: number;
  priceMin: number | null;
  priceMax: number | null;
  currency: string | null;
  onHand: bigint;
  reserved: bigint;
  available: bigint;
  imageUrl: string | null;
  imageAlt: string | null;
  total: bigint;
}

/** "50%_off" matches itself, not every string: LIKE's wildcards in what staff typed are escaped. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The admin list's filters over `products p` (also used by the CSV export, which exports what is listed). */
export function productFilterSql(filter: ProductFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filter.status) conditions.push(Prisma.sql`p.status = ${filter.status}::"ProductStatus"`);
  if (filter.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${filter.categoryId}::uuid`);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(Prisma.sql`(p.name ILIKE ${pattern} OR p.slug ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM product_variants sv WHERE sv."productId" = p.id AND sv.sku ILIKE ${pattern}))`);
  }
  return Prisma.join(conditions, " AND ");
}

/**
 * One page of every product whatever its status, newest change first, with stock totals and price range over all
 * its variants. Search matches the name, the slug or any variant's SKU.
 */
export async function listAdminProducts(db: Db, query: AdminProductListQuery): Promise<AdminProductPage> {
  const offset = (query.page - 1) * query.pageSize;
  const rows = await db.$queryRaw<Row[]>`
    SELECT p.id, p.slug, p.name, p.status::text AS status, p.featured, p."updatedAt",
           c.id AS "categoryId", c.name AS "categoryName", c.archived AS "categoryArchived",
           agg."variantCount", agg."priceMin", agg."priceMax", agg.currency,
           agg."onHand", agg.reserved, agg.available,
           img.url AS "imageUrl", img.alt AS "imageAlt",
           count(*) OVER () AS total
    FROM products p
    JOIN categories c ON c.id = p."categoryId"
    JOIN LATERAL (
      SELECT count(*)::int AS "variantCount",
             min(v."priceMinor")::int AS "priceMin", max(v."priceMinor")::int AS "priceMax", min(v.currency) AS currency,
             coalesce(sum(v."stockOnHand"), 0)::bigint AS "onHand",
             coalesce(sum(v."stockReserved"), 0)::bigint AS reserved,
             coalesce(sum(GREATEST(v."stockOnHand" - v."stockReserved", 0)), 0)::bigint AS available
      FROM product_variants v WHERE v."productId" = p.id
    ) agg ON true
    LEFT JOIN LATERAL (
      SELECT i.url, i.alt FROM product_images i WHERE i."productId" = p.id ORDER BY i.position, i.id LIMIT 1
    ) img ON true
    WHERE ${productFilterSql(query)}
    ORDER BY p."updatedAt" DESC, p.id
    LIMIT ${query.pageSize} OFFSET ${offset}`;

  const total = rows[0]
    ? Number(rows[0].total)
    : offset > 0
      ? (await listAdminProducts(db, { ...query, page: 1, pageSize: 1 })).total
      : 0;
  return {
    items: rows.map((r) => {
      const currency = r.currency?.trim() ?? "";
      return {
        id: r.id,
        slug: r.slug,
        name: r.name,
        status: r.status,
        featured: r.featured,
        category: { id: r.categoryId, name: r.categoryName, archived: r.categoryArchived },
        variantCount: r.variantCount,
        priceMin: r.priceMin === null ? null : { amountMinor: r.priceMin, currency },
        priceMax: r.priceMax === null ? null : { amountMinor: r.priceMax, currency },
        stockOnHand: Number(r.onHand),
        stockReserved: Number(r.reserved),
        available: Number(r.available),
        image: r.imageUrl ? { url: r.imageUrl, alt: r.imageAlt ?? "" } : null,
        updatedAt: r.updatedAt.toISOString(),
      };
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
