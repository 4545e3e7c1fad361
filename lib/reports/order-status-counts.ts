import type { Db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";

const STATUSES: readonly OrderStatus[] = [
  "PENDING_PAYMENT",
  "CONFIRMED",
  "PAID",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "EXPIRED",
  "REFUNDED",
];

/** How many orders are in each state now (all time), every state listed, in the order an order moves. */
export async function orderStatusCounts(db: Db): Promise<{ status: OrderStatus; count: number }[]> {
  const rows = await db.order.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = new Map(rows.map((row) => [row.status, row._count._all]));
  return STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
