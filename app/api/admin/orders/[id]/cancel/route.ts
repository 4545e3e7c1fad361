import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { cancelOrderSchema, orderParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/**
 * Cancels an unpaid order (its stock is released) or a paid one that has not shipped (refunded in full, stock
 * returned): `{ reason? }`. 202 when the provider will confirm the refund later.
 */
export const POST = adminHandler(
  { access: "write", params: orderParamsSchema, body: cancelOrderSchema, maxBodyBytes: 4 * 1024 },
  async ({ params, body, actor }) => {
    const outcome = await cancelOrder(db, actor, params.id, body);
    return Response.json(outcome, { status: outcome.refund?.status === "PENDING" ? 202 : 200 });
  },
);
