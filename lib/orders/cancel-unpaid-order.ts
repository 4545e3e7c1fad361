import type { Db, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { releaseReservedStock } from "./stock-movements";
import { transitionOrder } from "./transition-order";

/** Cancels an order that has not been paid, releasing its stock exactly once. */
export async function cancelUnpaidOrder(db: Db, orderId: string, actor: string, note?: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const [order] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (order?.status !== "PENDING_PAYMENT")
      throw new AppError("conflict", "Only an unpaid order can be cancelled here.");
    await cancelUnpaidOrderInTransaction(tx, orderId, actor, note);
  });
}

/**
 * The cancellation itself, for a caller that already holds the order's lock and saw it unpaid. The conditional
 * status change lets it happen once, so the reservation is released once.
 */
export async function cancelUnpaidOrderInTransaction(
  tx: Tx,
  orderId: string,
  actor: string,
  note?: string,
): Promise<void> {
  await transitionOrder(tx, { orderId, from: "PENDING_PAYMENT", to: "CANCELLED", actor, ...(note ? { note } : {}) });
  await releaseReservedStock(tx, orderId);
  await tx.payment.updateMany({
    where: { orderId, status: { in: ["PENDING", "PROCESSING"] } },
    data: { status: "CANCELLED" },
  });
}
