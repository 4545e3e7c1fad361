import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { orderParamsSchema, shipOrderSchema } from "@/lib/orders/schemas";
import { shipOrder } from "@/lib/orders/ship-order";

export const dynamic = "force-dynamic";

/** Marks a paid order shipped: `{ trackingNumber, carrier }`; the shopper is e-mailed once. */
export const POST = adminHandler(
  { access: "write", params: orderParamsSchema, body: shipOrderSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    await shipOrder(db, actor, params.id, body);
    return getOrderForStaff(db, params.id);
  },
);
