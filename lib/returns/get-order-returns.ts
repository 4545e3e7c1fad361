import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors";
import type { ReturnRequester } from "./request-return";
import { type ReturnableLine, returnableLines } from "./returnable-lines";
import { type ReturnView, returnViewInclude, toReturnView } from "./return-view";
import { deliveredAtOf, returnWindow } from "./return-window";

export interface OrderReturns {
  orderId: string;
  orderNumber: string;
  currency: string;
  window: {
    open: boolean;
    closedReason: string | null;
    deliveredAt: string | null;
    closesAt: string | null;
    days: number;
  };
  /** Each line with how many units may still be returned. */
  lines: ReturnableLine[];
  returns: ReturnView[];
}

/**
 * What the shopper's return page shows: whether the window is open (and until when), what may still be returned,
 * and the returns asked for so far. Open to the shopper who placed the order and to holders of its signed link;
 * anyone else gets 404, as for the order.
 */
export async function getOrderReturns(
  db: Db,
  orderId: string,
  viewer: ReturnRequester & { staff?: boolean },
  now: Date = new Date(),
): Promise<OrderReturns> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { id: true, number: true, currency: true, status: true, userId: true },
  });
  const allowed =
    order && (viewer.staff === true || viewer.linkValid || (viewer.userId !== null && order.userId === viewer.userId));
  if (!order || !allowed) throw notFound("The order was not found.");
  const [deliveredAt, lines, returns] = await Promise.all([
    deliveredAtOf(db, order.id),
    returnableLines(db, order.id),
    db.returnRequest.findMany({ where: { orderId }, include: returnViewInclude, orderBy: { createdAt: "asc" } }),
  ]);
  const window = returnWindow(order.status, deliveredAt, now);
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    window: {
      open: window.open && lines.some((line) => line.returnable > 0),
      closedReason:
        window.closedReason ??
        (lines.some((line) => line.returnable > 0) ? null : "Every item of this order is already in a return."),
      deliveredAt: window.deliveredAt?.toISOString() ?? null,
      closesAt: window.closesAt?.toISOString() ?? null,
      days: env.RETURN_WINDOW_DAYS,
    },
    lines,
    returns: returns.map(toReturnView),
  };
}
