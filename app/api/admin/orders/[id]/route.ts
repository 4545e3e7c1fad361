import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { getOrderForStaff } from "@/lib/orders/get-order-for-staff";
import { orderParamsSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** One order with its lines, totals, payments, refunds, history, e-mails, invoice and the actions it allows. */
export const GET = adminHandler({ access: "read", params: orderParamsSchema }, ({ params }) =>
  getOrderForStaff(db, params.id),
);
