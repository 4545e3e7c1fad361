import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import { markOrderDelivered } from "@/lib/orders/mark-order-delivered";
import { orderPath } from "@/lib/orders/order-link";
import { shipOrder } from "@/lib/orders/ship-order";
import { type LineSpec, placePaidOrder } from "./paid-orders";

// Orders for the returns tests: placed, paid, shipped and marked delivered through the shop's own code.

export async function placeDeliveredOrder(
  db: Db,
  actor: StaffActor,
  lines: LineSpec[],
  options: { provider?: "test" | "stripe"; email?: string } = {},
) {
  const order = await placePaidOrder(db, lines, options);
  await shipOrder(db, actor, order.orderId, { carrier: "DHL", trackingNumber: `JD${order.number}` });
  await markOrderDelivered(db, actor, order.orderId);
  const orderLines = await db.orderLine.findMany({ where: { orderId: order.orderId }, orderBy: { position: "asc" } });
  return { ...order, lines: orderLines, token: orderToken(order.orderId) };
}

/** The signed token of the order's guest link. */
export function orderToken(orderId: string): string {
  return new URL(`http://x${orderPath(orderId)}`).searchParams.get("token") ?? "";
}

/** Moves the moment the order was marked delivered `days` back, as if it had arrived then. */
export async function deliveredDaysAgo(db: Db, orderId: string, days: number): Promise<void> {
  await db.orderEvent.updateMany({
    where: { orderId, toStatus: "DELIVERED" },
    data: { createdAt: new Date(Date.now() - days * 86_400_000) },
  });
}
