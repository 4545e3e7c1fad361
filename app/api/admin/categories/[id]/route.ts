import { categoryUpdateSchema, idParams } from "@/lib/catalog-admin/schemas";
import { updateCategory } from "@/lib/catalog-admin/update-category";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Renames, re-slugs, repositions or archives ({ "archived": true }) the category. */
export const PATCH = adminHandler(
  { access: "write", params: idParams, body: categoryUpdateSchema },
  ({ params, body, actor }) => updateCategory(db, actor, params.id, body),
);
