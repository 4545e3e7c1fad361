import { requireWrite } from "@/lib/admin/require-write";
import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { afterOrderPaid } from "./after-payment";
import { lockOrder } from "./lock-order";
import { transitionOrder } from "./transition-order";

/**
 * Staff record the cash (or the carrier's remittance) of a cash-on-delivery order. Invoice timing rule: a
 * cash-on-delivery order is invoiced when its money is recorded here, not when it ships, because the invoice
 * documents a payment received (as for card and bank transfer). Its stock left the shelf when it was confirmed.
 *
 * A CONFIRMED order moves to PAID; one already shipped or delivered keeps its fulfilment state and gets paidAt.
 * Either way the payment attempt succeeds and afterOrderPaid issues the invoice and queues the confirmation,
 * under the order's row lock: of two concurrent calls the second finds paidAt set and is refused (409), so the
 * order is paid once, with one invoice and one e-mail.
 */
export async function markCashReceived(db: Db, actor: StaffActor, orderId: string): Promise<{ paidAt: Date }> {
  requireWrite(actor);
  return db.$transaction(
    async (tx) => {
      const order = await lockOrder(tx, orderId);
      const { paymentMethod } = await tx.order.findUniqueOrThrow({
        where: { id: orderId },
        select: { paymentMethod: true },
      });
      if (paymentMethod !== "cash_on_delivery") {
        throw new AppError("conflict", "Only cash-on-delivery orders are paid in cash.");
      }
      if (order.paidAt) throw new AppError("conflict", "The cash for this order was already recorded.");
      if (order.status !== "CONFIRMED" && order.status !== "SHIPPED" && order.status !== "DELIVERED") {
        throw new AppError("conflict", "Cash can be recorded only for a confirmed, shipped or delivered order.");
      }
      const label = actorLabel(actor);
      const paidAt = new Date();
      if (order.status === "CONFIRMED") {
        await transitionOrder(tx, { orderId, from: "CONFIRMED", to: "PAID", actor: label, note: "Cash received" });
      } else {
        await tx.order.update({ where: { id: orderId }, data: { paidAt } });
        await tx.orderEvent.create({
          data: { orderId, fromStatus: order.status, toStatus: order.status, actor: label, note: "Cash received" },
        });
      }
      const attempt = await tx.payment.findFirst({
        where: { orderId, provider: "cash_on_delivery", status: { in: ["PENDING", "PROCESSING"] } },
        orderBy: { createdAt: "asc" },
      });
      const payment =
        attempt ??
        (await tx.payment.create({
          data: { orderId, provider: "cash_on_delivery", amountMinor: order.totalMinor, currency: order.currency },
        }));
      await tx.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED" } });
      await afterOrderPaid(tx, order, payment.id);
      await recordAudit(tx, actor, {
        action: "order.cash_received",
        entityType: "order",
        entityId: orderId,
        before: { status: order.status, paidAt: null },
        after: { status: order.status === "CONFIRMED" ? "PAID" : order.status, paidAt: paidAt.toISOString() },
      });
      return { paidAt };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
