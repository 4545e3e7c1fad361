import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { OrderStatus } from "@/lib/generated/prisma/client";

// The return window. The shop records when staff mark an order delivered (its DELIVERED history event) and no
// separate carrier delivery time, so the window runs RETURN_WINDOW_DAYS from that moment. An order that has not
// been marked delivered (paid, shipped, or a cash-on-delivery order still on its way) cannot be returned yet; one
// that was cancelled or refunded in full has nothing left to return.

export interface ReturnWindow {
  /** Whether a return may be requested now. */
  open: boolean;
  /** Why not, in words for the shopper; null while open. */
  closedReason: string | null;
  deliveredAt: Date | null;
  /** The last moment a return may be requested. */
  closesAt: Date | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the order was first marked delivered, from its history. */
export async function deliveredAtOf(db: Db | Tx, orderId: string): Promise<Date | null> {
  const event = await db.orderEvent.findFirst({
    where: { orderId, toStatus: "DELIVERED", NOT: { fromStatus: "DELIVERED" } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return event?.createdAt ?? null;
}

export function returnWindow(
  status: OrderStatus,
  deliveredAt: Date | null,
  now: Date,
  days: number = env.RETURN_WINDOW_DAYS,
): ReturnWindow {
  const closesAt = deliveredAt ? new Date(deliveredAt.getTime() + days * DAY_MS) : null;
  const closed = (closedReason: string): ReturnWindow => ({ open: false, closedReason, deliveredAt, closesAt });
  if (status === "REFUNDED") return closed("This order has been refunded in full; nothing is left to return.");
  if (status === "CANCELLED" || status === "EXPIRED")
    return closed("This order was cancelled; nothing can be returned.");
  if (status !== "DELIVERED" || !deliveredAt || !closesAt) {
    return closed("This order has not been delivered yet. Items can be returned once it has arrived.");
  }
  if (now.getTime() > closesAt.getTime()) {
    const day = closesAt.toLocaleDateString(env.SHOP_LOCALE, { dateStyle: "long", timeZone: env.SHOP_TIME_ZONE });
    return closed(`The ${days}-day return period for this order ended on ${day}.`);
  }
  return { open: true, closedReason: null, deliveredAt, closesAt };
}
