import { createProduct } from "@/lib/catalog-admin/create-product";
import { listAdminProducts } from "@/lib/catalog-admin/list-admin-products";
import { adminProductListSchema, productCreateSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { bodyLimits } from "@/lib/http/body-limits";

/** A page of products, any status: ?q= (name, slug or SKU), status, categoryId, page, pageSize. */
export const GET = adminHandler({ access: "read", query: adminProductListSchema }, ({ query }) =>
  listAdminProducts(db, query),
);

/** A new product with its variants (prices as decimal text in the shop's currency). */
export const POST = adminHandler(
  { access: "write", body: productCreateSchema, maxBodyBytes: bodyLimits.productJson.maxBytes },
  async ({ body, actor }) => Response.json(await createProduct(db, actor, body), { status: 201 }),
);
