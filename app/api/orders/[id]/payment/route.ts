import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { getOrder } from "@/lib/orders/get-order";
import { orderPath, orderTokenValid } from "@/lib/orders/order-link";
import { orderParamsSchema, orderTokenQuerySchema } from "@/lib/orders/schemas";
import { resumePayment } from "@/lib/payments/resume-payment";

/** Starts (or resumes) paying an unpaid order, e.g. after a declined card. */
export const POST = handler(
  { auth: "public", shopper: true, params: orderParamsSchema, query: orderTokenQuerySchema },
  async ({ params, query, user }) => {
    const order = await getOrder(db, params.id, {
      userId: user?.id ?? null,
      linkValid: orderTokenValid(params.id, query.token),
      staff: false,
    });
    const { redirectUrl } = await resumePayment(db, order.id, orderPath(order.id));
    return Response.json({ paymentUrl: redirectUrl }, { status: 201 });
  },
);
