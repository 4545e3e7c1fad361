import { createCategory } from "@/lib/catalog-admin/create-category";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { categoryCreateSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Every category, archived ones included, in display order. */
export const GET = adminHandler({ access: "read" }, async () => ({ items: await listAdminCategories(db) }));

export const POST = adminHandler({ access: "write", body: categoryCreateSchema }, async ({ body, actor }) =>
  Response.json(await createCategory(db, actor, body), { status: 201 }),
);
