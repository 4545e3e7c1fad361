import type { Db } from "@/lib/db";
import { type LineSpec, placeUnpaidOrder } from "./paid-orders";

/**
 * An order awaiting a bank transfer: placed through the shop's own checkout code, then switched to the bank
 * transfer method as the checkout records it (payment method, provider, due date, a payment row without a
 * provider reference).
 */
export async function placeBankTransferOrder(db: Db, lines: LineSpec[], options: { dueInDays?: number } = {}) {
  const order = await placeUnpaidOrder(db, lines);
  const due = new Date(Date.now() + (options.dueInDays ?? 7) * 86_400_000);
  await db.order.update({
    where: { id: order.orderId },
    data: { paymentMethod: "bank_transfer", paymentProvider: "bank_transfer", paymentDueAt: due, expiresAt: due },
  });
  await db.payment.update({ where: { id: order.payment.id }, data: { provider: "bank_transfer", reference: null } });
  const row = await db.order.findUniqueOrThrow({ where: { id: order.orderId } });
  return { ...order, totalMinor: row.totalMinor, currency: row.currency };
}
