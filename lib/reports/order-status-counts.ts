import type { Db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { ORDER_STATUSES } from "@/lib/orders/state-machine";

/** How many orders are in each state now (all time), every state listed, in the order an order moves. */
export async function orderStatusCounts(db: Db): Promise<{ status: OrderStatus; count: number }[]> {
  const rows = await db.order.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = new Map(rows.map((row) => [row.status, row._count._all]));
  return ORDER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}
