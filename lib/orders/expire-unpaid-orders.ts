import type { Db } from "@/lib/db";
import { releaseReservedStock } from "./stock-movements";
import { transitionOrder } from "./transition-order";

/**
 * Gives back the stock of orders not paid in time. Safe with several instances running it at once: each order is
 * claimed with SKIP LOCKED, and the status transition can only happen once.
 */
export async function expireUnpaidOrders(db: Db, now = new Date(), batch = 100): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM orders WHERE status = 'PENDING_PAYMENT' AND "expiresAt" <= ${now}
      ORDER BY "expiresAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    for (const { id } of due) {
      await transitionOrder(tx, {
        orderId: id,
        from: "PENDING_PAYMENT",
        to: "EXPIRED",
        actor: "system",
        note: "Not paid in time",
      });
      await releaseReservedStock(tx, id);
      await tx.payment.updateMany({
        where: { orderId: id, status: { in: ["PENDING", "PROCESSING"] } },
        data: { status: "EXPIRED" },
      });
    }
    return due.length;
  });
}
