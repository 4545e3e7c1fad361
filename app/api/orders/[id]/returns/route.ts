import { z } from "zod";
import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { orderTokenValid } from "@/lib/orders/order-link";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";
import { getOrderReturns } from "@/lib/returns/get-order-returns";
import { requestReturn } from "@/lib/returns/request-return";

export const dynamic = "force-dynamic";

/** The order's returns, the return window and what may still be returned; for its shopper or link holder. */
export const GET = handler(
  { auth: "public", shopper: true, params: orderParamsSchema, query: orderTokenQuerySchema },
  async ({ params, query, user }) =>
    getOrderReturns(db, params.id, {
      userId: user?.id ?? null,
      linkValid: orderTokenValid(params.id, query.token),
    }),
);

/**
 * Asks to return units of a delivered order: `{ lines: [{ orderLineId, quantity }], reason? }` → 201. The body is
 * validated (requestReturnSchema) after the caller is known to may see the order, so strangers get 404 whatever
 * they send.
 */
export const POST = handler(
  {
    auth: "public",
    shopper: true,
    params: orderParamsSchema,
    query: orderTokenQuerySchema,
    body: z.unknown(),
    maxBodyBytes: 16 * 1024,
  },
  async ({ params, query, user, body }) => {
    const requester = {
      userId: user?.id ?? null,
      linkValid: orderTokenValid(params.id, query.token),
    };
    const created = await requestReturn(db, requester, params.id, body);
    const view = await getOrderReturns(db, params.id, requester);
    const ret = view.returns.find((r) => r.id === created.id);
    return Response.json({ return: ret }, { status: 201 });
  },
);
