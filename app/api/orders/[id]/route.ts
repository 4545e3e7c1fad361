import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { getOrder } from "@/lib/orders/get-order";
import { orderTokenValid } from "@/lib/orders/order-link";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";
import { settleDueTestPayments } from "@/lib/payments/test-payment-actions";

export const dynamic = "force-dynamic";

/** The order for its shopper or a holder of its signed link; everyone else gets 404. */
export const GET = handler(
  { auth: "public", shopper: true, params: orderParamsSchema, query: orderTokenQuerySchema },
  async ({ params, query, user }) => {
    await settleDueTestPayments(db);
    return getOrder(db, params.id, {
      userId: user?.id ?? null,
      linkValid: orderTokenValid(params.id, query.token),
      staff: false,
    });
  },
);
