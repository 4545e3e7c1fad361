import { reorderCategories } from "@/lib/catalog-admin/reorder-categories";
import { categoryOrderSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Replaces the storefront's order of categories whole: every category id, once each, first shown first. */
export const PUT = adminHandler({ access: "write", body: categoryOrderSchema }, async ({ body, actor }) => ({
  items: await reorderCategories(db, actor, body.ids),
}));
