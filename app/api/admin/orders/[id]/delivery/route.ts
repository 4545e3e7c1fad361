import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { markOrderDelivered } from "@/lib/orders/mark-order-delivered";
import { orderParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** Records that a shipped order was delivered. No body. */
export const POST = adminHandler({ access: "write", params: orderParamsSchema }, async ({ params, actor }) => {
  await markOrderDelivered(db, actor, params.id);
  return getOrderForStaff(db, params.id);
});
