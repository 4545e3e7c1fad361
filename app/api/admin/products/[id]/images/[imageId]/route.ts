import { removeProductImage } from "@/lib/catalog-admin/remove-product-image";
import { imageAltSchema, imageParams } from "@/lib/catalog-admin/schemas";
import { updateProductImage } from "@/lib/catalog-admin/update-product-image";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Changes the picture's text alternative. */
export const PATCH = adminHandler(
  { access: "write", params: imageParams, body: imageAltSchema },
  ({ params, body, actor }) => updateProductImage(db, actor, params.id, params.imageId, body),
);

/** Removes the picture from the product (and its file from disk). */
export const DELETE = adminHandler({ access: "write", params: imageParams }, async ({ params, actor }) => {
  await removeProductImage(db, actor, params.id, params.imageId);
  return new Response(null, { status: 204 });
});
