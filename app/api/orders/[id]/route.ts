import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { currentUserIdFromRequest } from "@/lib/http/shopper";
import { getOrder } from "@/lib/orders/get-order";
import { orderTokenValid } from "@/lib/orders/order-link";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";
import { settleDueTestPayments } from "@/lib/payments/test-payment-actions";

export const dynamic = "force-dynamic";

/** The order for its shopper or a holder of its signed link; everyone else gets 404. */
export const GET = handler(
  { params: orderParamsSchema, query: orderTokenQuerySchema },
  async ({ params, query, request }) => {
    await settleDueTestPayments(db);
    return getOrder(db, params.id, {
      userId: await currentUserIdFromRequest(request),
      linkValid: orderTokenValid(params.id, query.token),
      staff: false,
    });
  },
);
