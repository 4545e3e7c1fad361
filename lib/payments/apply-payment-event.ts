import type { Db, Tx } from "@/lib/db";
import type { Payment } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { afterOrderPaid } from "@/lib/orders/after-payment";
import { commitReservedStock } from "@/lib/orders/stock-movements";
import { transitionOrder } from "@/lib/orders/transition-order";
import { faultPause } from "./fault-pause";
import type { PaymentEvent } from "./provider";

export type EventOutcome = "applied" | "duplicate" | "ignored" | "flagged";

const FINAL = new Set<Payment["status"]>(["SUCCEEDED", "FAILED", "CANCELLED", "EXPIRED"]);

/**
 * The single place where payment news changes payments and orders. One transaction: the event id is recorded
 * first (a repeat — sequential or concurrent — stops there), the payment and its order are locked, and states only
 * move forward. Paying an order commits its stock and queues the confirmation e-mail exactly once. `settleAt`
 * (built-in test provider only) is when a "processing" payment is to be confirmed.
 */
export async function applyPaymentEvent(
  db: Db,
  event: PaymentEvent,
  options: { settleAt?: Date } = {},
): Promise<EventOutcome> {
  return db.$transaction(
    async (tx) => {
      const fresh = await tx.$executeRaw`
      INSERT INTO processed_payment_events (id, provider, type) VALUES (${event.id}, ${event.provider}, ${event.type})
      ON CONFLICT (id) DO NOTHING`;
      if (fresh === 0) return "duplicate";

      const [payment] = await tx.$queryRaw<Payment[]>`
      SELECT * FROM payments WHERE reference = ${event.paymentReference} AND provider = ${event.provider} FOR UPDATE`;
      if (!payment) return "ignored";
      // Events arrive out of order; a settled payment never changes again.
      if (FINAL.has(payment.status)) return "ignored";

      switch (event.type) {
        case "processing":
          // The built-in provider's "confirmed later" sets its settle time in this same transaction: a crash can
          // never leave a PROCESSING payment that nothing will settle.
          await tx.payment.update({
            where: { id: payment.id },
            data: {
              status: "PROCESSING",
              failureReason: null,
              ...(options.settleAt ? { settleAt: options.settleAt } : {}),
            },
          });
          await faultPause("delayed-payment:before-commit", payment.id);
          return "applied";
        case "failed":
        case "cancelled":
        case "expired": {
          const status = event.type === "failed" ? "FAILED" : event.type === "cancelled" ? "CANCELLED" : "EXPIRED";
          await setPaymentStatus(tx, payment.id, status, event.reason);
          if (event.type === "failed") await notifyPaymentFailed(tx, payment.orderId, payment.id);
          return "applied";
        }
        case "succeeded":
          return paymentSucceeded(tx, payment, event);
      }
    },
    // Paying issues the invoice, whose number is taken under a row lock while its PDF renders (tens of ms):
    // payments that arrive together queue there, so allow them more than Prisma's 5 s default.
    { maxWait: 10_000, timeout: 30_000 },
  );
}

/**
 * A payment succeeded: inside the caller's transaction, with the payment row locked. Pays a waiting order (stock,
 * invoice, confirmation e-mail, each once) or flags a mismatch. Also used by recorded bank transfers.
 */
export async function paymentSucceeded(tx: Tx, payment: Payment, event: PaymentEvent): Promise<EventOutcome> {
  const [order] = await tx.$queryRaw<
    { id: string; status: string; totalMinor: number; currency: string; email: string }[]
  >`
    SELECT id, status, "totalMinor", currency, email FROM orders WHERE id = ${payment.orderId}::uuid FOR UPDATE`;
  if (!order) return "ignored";
  const amount = event.amountMinor ?? payment.amountMinor;
  const currency = (event.currency ?? payment.currency).toUpperCase();
  if (amount !== order.totalMinor || currency !== order.currency) {
    await setPaymentStatus(tx, payment.id, "SUCCEEDED", "Amount or currency differs from the order.");
    await flag(
      tx,
      order.id,
      `Payment of ${amount} ${currency} does not match the order total ${order.totalMinor} ${order.currency}.`,
    );
    return "flagged";
  }
  await setPaymentStatus(tx, payment.id, "SUCCEEDED");
  if (order.status !== "PENDING_PAYMENT") {
    // Money arrived for an order that expired, was cancelled, or was already paid: a person must refund or fulfil.
    await flag(tx, order.id, `A payment succeeded while the order was ${order.status}; refund or fulfil it by hand.`);
    return "flagged";
  }
  await transitionOrder(tx, {
    orderId: order.id,
    from: "PENDING_PAYMENT",
    to: "PAID",
    actor: `payment:${event.provider}`,
  });
  await commitReservedStock(tx, order.id);
  await afterOrderPaid(tx, order, payment.id);
  return "applied";
}

async function setPaymentStatus(tx: Tx, paymentId: string, status: Payment["status"], reason?: string): Promise<void> {
  await tx.payment.update({ where: { id: paymentId }, data: { status, failureReason: reason ?? null } });
}

async function flag(tx: Tx, orderId: string, reason: string): Promise<void> {
  await tx.order.update({ where: { id: orderId }, data: { attentionReason: reason } });
}

async function notifyPaymentFailed(tx: Tx, orderId: string, paymentId: string): Promise<void> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { email: true, status: true } });
  if (order?.status !== "PENDING_PAYMENT") return;
  await enqueueEmail(tx, {
    template: "payment-failed",
    to: order.email,
    payload: { orderId },
    dedupeKey: `payment-failed:${paymentId}`,
  });
}
