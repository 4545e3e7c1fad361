import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { markCashReceived } from "@/lib/orders/mark-cash-received";
import { orderParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** Records the cash of a cash-on-delivery order: paid, invoiced and confirmed by e-mail, once. No body. */
export const POST = adminHandler({ access: "write", params: orderParamsSchema }, async ({ params, actor }) => {
  await markCashReceived(db, actor, params.id);
  return getOrderForStaff(db, params.id);
});
