import { addVariant } from "@/lib/catalog-admin/add-variant";
import { idParams, variantCreateSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** A new variant of the product, with its initial stock on hand. */
export const POST = adminHandler(
  { access: "write", params: idParams, body: variantCreateSchema },
  async ({ params, body, actor }) => Response.json(await addVariant(db, actor, params.id, body), { status: 201 }),
);
