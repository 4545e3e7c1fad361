import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { refundOrder } from "@/lib/orders/refund-order";
import { orderParamsSchema, refundOrderSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/**
 * Refunds `{ amountMinor, reason }` through the payment provider. 201 when the provider confirmed it, 202 when it
 * accepted it and confirms later; a refusal is 503 and leaves the order as it was (the failed attempt is kept).
 */
export const POST = adminHandler(
  { access: "write", params: orderParamsSchema, body: refundOrderSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    const refund = await refundOrder(db, actor, params.id, body);
    return Response.json({ refund }, { status: refund.status === "SUCCEEDED" ? 201 : 202 });
  },
);
