import { archiveVariant } from "@/lib/catalog-admin/archive-variant";
import { idParams, variantUpdateSchema } from "@/lib/catalog-admin/schemas";
import { updateVariant } from "@/lib/catalog-admin/update-variant";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";

/** Changes SKU, option values, price, position or the active flag. Stock: POST …/stock-adjustments. */
export const PATCH = adminHandler(
  { access: "write", params: idParams, body: variantUpdateSchema },
  ({ params, body, actor }) => updateVariant(db, actor, params.id, body),
);

/** Withdraws the variant from sale (active: false); it is kept for the orders that refer to it. */
export const DELETE = adminHandler({ access: "write", params: idParams }, ({ params, actor }) =>
  archiveVariant(db, actor, params.id),
);
