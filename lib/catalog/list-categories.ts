import type { Db } from "@/lib/db/client";

export interface CategorySummary {
  slug: string;
  name: string;
  description: string;
}

export async function listCategories(db: Db): Promise<CategorySummary[]> {
  return db.category.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true },
  });
}
