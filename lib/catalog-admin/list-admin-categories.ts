import type { Db } from "@/lib/db";
import type { AdminCategory } from "./types";

interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  archived: boolean;
}

export function toAdminCategory(row: CategoryRow, productCount: number): AdminCategory {
  const { id, slug, name, description, position, archived } = row;
  return { id, slug, name, description, position, archived, productCount };
}

/** Every category, archived ones included, in display order with how many products (of any status) each holds. */
export async function listAdminCategories(db: Db): Promise<AdminCategory[]> {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    include: { _count: { select: { products: true } } },
  });
  return categories.map((category) => toAdminCategory(category, category._count.products));
}
