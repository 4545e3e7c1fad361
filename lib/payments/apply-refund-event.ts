import type Stripe from "stripe";
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { lockOrder } from "@/lib/orders/lock-order";
import { REFUNDABLE, refundableMinor } from "@/lib/orders/open-refund";
import { failRefund, settleRefund } from "@/lib/orders/settle-refund";
import type { EventOutcome } from "./apply-payment-event";
import { stripeRefundResult } from "./stripe-provider";

const ACTOR = "payment:stripe";
const uuid = z.uuid();

/**
 * A Stripe refund event (refund.created / refund.updated / refund.failed), applied once per event id in one
 * transaction, whoever started the refund:
 * - a refund the shop started (found by its Stripe id, or by the refundId the shop put in its metadata) is settled
 *   or failed exactly as the shop's own call would have done — whichever of the two arrives first books it;
 * - a refund made in the Stripe dashboard is booked as a new refund of the order that payment paid, with its credit
 *   note and e-mail, when it has succeeded and fits in what is left to refund;
 * - anything that contradicts what the shop recorded (a refund the shop saw fail but Stripe paid out, more money
 *   back than the order holds) changes no amounts and flags the order for a person.
 */
export async function applyStripeRefundEvent(
  db: Db,
  stripe: Stripe,
  event: { id: string; type: string; refund: Stripe.Refund },
): Promise<EventOutcome> {
  const { refund } = event;
  const eventId = `stripe:${event.id}`;
  if (await db.processedPaymentEvent.findUnique({ where: { id: eventId }, select: { id: true } })) return "duplicate";
  const known = await findShopRefund(db, refund);
  // A dashboard refund names only its PaymentIntent; the shop's payment id was put in the intent's metadata at
  // checkout. Looked up before the transaction so no row stays locked while Stripe answers.
  const paymentId = known || refund.status !== "succeeded" ? null : await paymentIdOf(stripe, refund);

  return db.$transaction(
    async (tx): Promise<EventOutcome> => {
      const fresh = await tx.$executeRaw`
        INSERT INTO processed_payment_events (id, provider, type) VALUES (${eventId}, 'stripe', ${event.type})
        ON CONFLICT (id) DO NOTHING`;
      if (fresh === 0) return "duplicate";
      if (known) return applyToShopRefund(tx, known, refund);
      if (refund.status !== "succeeded" || !paymentId) return "ignored";
      return bookDashboardRefund(tx, paymentId, refund);
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

async function findShopRefund(db: Db, refund: Stripe.Refund): Promise<{ id: string; orderId: string } | null> {
  const byReference = await db.refund.findUnique({
    where: { reference: refund.id },
    select: { id: true, orderId: true },
  });
  if (byReference) return byReference;
  const metadataId = uuid.safeParse(refund.metadata?.refundId);
  if (!metadataId.success) return null;
  return db.refund.findUnique({ where: { id: metadataId.data }, select: { id: true, orderId: true } });
}

async function paymentIdOf(stripe: Stripe, refund: Stripe.Refund): Promise<string | null> {
  const intent = typeof refund.payment_intent === "string" ? refund.payment_intent : refund.payment_intent?.id;
  if (!intent) return null;
  const retrieved = await stripe.paymentIntents.retrieve(intent);
  const paymentId = uuid.safeParse(retrieved.metadata.paymentId);
  return paymentId.success ? paymentId.data : null;
}

async function applyToShopRefund(
  tx: Tx,
  known: { id: string; orderId: string },
  refund: Stripe.Refund,
): Promise<EventOutcome> {
  await lockOrder(tx, known.orderId);
  const row = await tx.refund.findUniqueOrThrow({ where: { id: known.id }, select: { status: true, reference: true } });
  const result = stripeRefundResult(refund);
  if (result.status === "succeeded") {
    if (row.status === "PENDING") {
      await settleRefund(tx, known.id, { reference: refund.id, actor: ACTOR });
      return "applied";
    }
    if (row.status === "FAILED") {
      await flag(
        tx,
        known.orderId,
        `Stripe paid out refund ${refund.id}, which the shop recorded as failed; check the refunded amount.`,
      );
      return "flagged";
    }
    return "ignored";
  }
  if (result.status === "failed") {
    if (row.status === "PENDING") {
      await failRefund(tx, known.id, { reason: result.failureReason, reference: refund.id });
      return "applied";
    }
    if (row.status === "SUCCEEDED") {
      await flag(
        tx,
        known.orderId,
        `Stripe reports refund ${refund.id} as ${refund.status} after it was booked; the money did not reach the customer.`,
      );
      return "flagged";
    }
    return "ignored";
  }
  if (row.status === "PENDING" && !row.reference) {
    await tx.refund.update({ where: { id: known.id }, data: { reference: refund.id } });
    return "applied";
  }
  return "ignored";
}

async function bookDashboardRefund(tx: Tx, paymentId: string, refund: Stripe.Refund): Promise<EventOutcome> {
  const payment = await tx.payment.findUnique({
    where: { id: paymentId },
    select: { id: true, orderId: true, provider: true, status: true },
  });
  if (payment?.provider !== "stripe") return "ignored";
  const order = await lockOrder(tx, payment.orderId);
  // The shop's own call may have stored this refund meanwhile.
  if (await tx.refund.findUnique({ where: { reference: refund.id }, select: { id: true } })) return "ignored";
  const { available } = await refundableMinor(tx, order);
  const currency = refund.currency.toUpperCase();
  if (
    payment.status !== "SUCCEEDED" ||
    !REFUNDABLE.includes(order.status) ||
    currency !== order.currency ||
    refund.amount <= 0 ||
    refund.amount > available
  ) {
    await flag(
      tx,
      order.id,
      `Stripe refund ${refund.id} of ${refund.amount} ${currency} was made outside the shop and does not fit this order; check it by hand.`,
    );
    return "flagged";
  }
  const created = await tx.refund.create({
    data: {
      orderId: order.id,
      paymentId: payment.id,
      amountMinor: refund.amount,
      currency,
      reason: "Refunded in the Stripe dashboard",
      idempotencyKey: `stripe-${refund.id}`,
      actor: ACTOR,
    },
    select: { id: true },
  });
  await settleRefund(tx, created.id, { reference: refund.id, actor: ACTOR });
  return "applied";
}

async function flag(tx: Tx, orderId: string, reason: string): Promise<void> {
  await tx.order.update({ where: { id: orderId }, data: { attentionReason: reason } });
}
