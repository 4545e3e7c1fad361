import { archiveProduct } from "@/lib/catalog-admin/archive-product";
import { getAdminProduct } from "@/lib/catalog-admin/get-admin-product";
import { idParams, productUpdateSchema } from "@/lib/catalog-admin/schemas";
import { updateProduct } from "@/lib/catalog-admin/update-product";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

export const GET = adminHandler({ access: "read", params: idParams }, ({ params }) => getAdminProduct(db, params.id));

/** Changes the product's own fields; variants have their own routes. */
export const PATCH = adminHandler(
  { access: "write", params: idParams, body: productUpdateSchema },
  ({ params, body, actor }) => updateProduct(db, actor, params.id, body),
);

/** Archives the product: products are never deleted, since orders and invoices refer to them. */
export const DELETE = adminHandler({ access: "write", params: idParams }, ({ params, actor }) =>
  archiveProduct(db, actor, params.id),
);
