import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { verifyToken } from "@/lib/security/signed-token";
import { type EventOutcome, applyPaymentEvent } from "./apply-payment-event";
import { faultPause } from "./fault-pause";
import { paymentTestMode } from "./payment-mode";
import { TEST_PAYMENT_PURPOSE } from "./test-provider";

export const testPaymentOutcomes = ["pay", "pay_delayed", "decline", "cancel"] as const;
export type TestPaymentOutcome = (typeof testPaymentOutcomes)[number];

/** How long a "delayed confirmation" stays processing, like a bank transfer that settles later. */
export const DELAYED_SETTLEMENT_MS = 4_000;

export async function loadTestPayment(db: Db, paymentId: string, token: string) {
  // Fail closed: outside test mode the built-in payment page does not exist, whatever link someone holds.
  if (!paymentTestMode() || !verifyToken(TEST_PAYMENT_PURPOSE, paymentId, token))
    throw notFound("The payment was not found.");
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    include: { order: { select: { id: true, number: true, totalMinor: true, currency: true, status: true } } },
  });
  if (!payment || payment.provider !== "test") throw notFound("The payment was not found.");
  return payment;
}

/** The shopper's choice on the built-in payment page, turned into the same events a provider would send. */
export async function submitTestPayment(
  db: Db,
  paymentId: string,
  token: string,
  outcome: TestPaymentOutcome,
): Promise<EventOutcome> {
  const payment = await loadTestPayment(db, paymentId, token);
  if (!payment.reference) throw new AppError("conflict", "This payment was not started.");
  const base = { provider: "test" as const, paymentReference: payment.reference };
  switch (outcome) {
    case "pay":
      return applyPaymentEvent(db, {
        ...base,
        id: `test:${payment.id}:succeeded`,
        type: "succeeded",
        amountMinor: payment.amountMinor,
        currency: payment.currency,
      });
    case "pay_delayed": {
      // One transaction: the payment turns PROCESSING together with the time it settles.
      const outcome = await applyPaymentEvent(
        db,
        { ...base, id: `test:${payment.id}:processing`, type: "processing" },
        { settleAt: new Date(Date.now() + DELAYED_SETTLEMENT_MS) },
      );
      await faultPause("delayed-payment:after-commit", payment.id);
      return outcome;
    }
    case "decline":
      return applyPaymentEvent(db, {
        ...base,
        id: `test:${payment.id}:failed`,
        type: "failed",
        reason: "Card declined",
      });
    case "cancel":
      return applyPaymentEvent(db, { ...base, id: `test:${payment.id}:cancelled`, type: "cancelled" });
  }
}

/**
 * Confirms delayed test payments whose time has come; run by the background jobs and when an order is viewed.
 * A PROCESSING test payment without a settle time (left by a crash between two writes in older versions) is due
 * once it has been processing for the usual delay, so nothing stays stranded holding stock.
 */
export async function settleDueTestPayments(db: Db, now = new Date()): Promise<number> {
  const due = await db.payment.findMany({
    where: {
      provider: "test",
      status: "PROCESSING",
      OR: [
        { settleAt: { lte: now } },
        { settleAt: null, updatedAt: { lte: new Date(now.getTime() - DELAYED_SETTLEMENT_MS) } },
      ],
    },
    take: 100,
  });
  for (const payment of due) {
    if (!payment.reference) continue;
    await applyPaymentEvent(db, {
      id: `test:${payment.id}:succeeded`,
      provider: "test",
      type: "succeeded",
      paymentReference: payment.reference,
      amountMinor: payment.amountMinor,
      currency: payment.currency,
    });
  }
  return due.length;
}
