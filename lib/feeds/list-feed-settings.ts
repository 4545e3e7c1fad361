import { ADMIN_PAGE_SIZE, type ListPage, listPage } from "@/lib/admin/list-page";
import type { Db } from "@/lib/db";
import type { FeedSite, Prisma } from "@/lib/generated/prisma/client";
import type { FeedProductsQuery } from "./schemas";

export interface FeedCategoryRow {
  id: string;
  name: string;
  archived: boolean;
  texts: Partial<Record<FeedSite, string>>;
}

export interface FeedProductRow {
  id: string;
  name: string;
  slug: string;
  status: string;
  categoryName: string;
  exported: boolean;
}

/** Every category with its text on each site, for the mapping table (categories are few). */
export async function listFeedCategories(db: Db): Promise<FeedCategoryRow[]> {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true, archived: true, feedMappings: { select: { site: true, text: true } } },
  });
  return categories.map((c) => ({
    id: c.id,
    name: c.name,
    archived: c.archived,
    texts: Object.fromEntries(c.feedMappings.map((m) => [m.site, m.text])),
  }));
}

/** Active products, a page at a time, with whether each is exported; searchable by name or SKU. */
export async function listFeedProductSettings(db: Db, query: FeedProductsQuery): Promise<ListPage<FeedProductRow>> {
  const where: Prisma.ProductWhereInput = {
    status: "ACTIVE",
    ...(query.q
      ? {
          OR: [
            { name: { contains: query.q, mode: "insensitive" } },
            { variants: { some: { sku: { contains: query.q, mode: "insensitive" } } } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        slug: true,
        status: true,
        category: { select: { name: true } },
        feedExclusion: { select: { productId: true } },
      },
    }),
    db.product.count({ where }),
  ]);
  return listPage(
    rows.map((p) => ({
      id: p.id,
      name: p.name,
      slug: p.slug,
      status: p.status,
      categoryName: p.category.name,
      exported: p.feedExclusion === null,
    })),
    total,
    query.page,
  );
}
