import { db } from "@/lib/db";
import { adminHandler } from "@/lib/http/admin-handler";
import { listOrdersForStaff } from "@/lib/orders/list-orders-for-staff";
import { orderListQuerySchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** Orders, newest first: `status`, `from`, `to` (days in the shop's time zone), `q`, `page`, `perPage` (≤ 100). */
export const GET = adminHandler({ access: "read", query: orderListQuerySchema }, ({ query }) =>
  listOrdersForStaff(db, query),
);
