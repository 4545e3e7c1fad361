import type Stripe from "stripe";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type EventOutcome, applyPaymentEvent } from "./apply-payment-event";
import { applyStripeRefundEvent } from "./apply-refund-event";
import type { PaymentEvent } from "./provider";

const CHECKOUT_EVENT_TYPES = [
  "checkout.session.completed",
  "checkout.session.async_payment_succeeded",
  "checkout.session.async_payment_failed",
  "checkout.session.expired",
] as const;
const REFUND_EVENT_TYPES = ["refund.created", "refund.updated", "refund.failed"] as const;

// Only these Stripe events are acted on; anything else is acknowledged and ignored.
export const STRIPE_EVENT_TYPES = [...CHECKOUT_EVENT_TYPES, ...REFUND_EVENT_TYPES] as const;

type HandledType = (typeof CHECKOUT_EVENT_TYPES)[number];
const handled = new Set<string>(CHECKOUT_EVENT_TYPES);
const refundEvents = new Set<string>(REFUND_EVENT_TYPES);

/** Stripe's Checkout event → the shop's payment event, or null when it asks nothing of us. */
export function toPaymentEvent(event: Stripe.Event): PaymentEvent | null {
  if (!handled.has(event.type)) return null;
  const session = event.data.object as Stripe.Checkout.Session;
  const base = {
    id: `stripe:${event.id}`,
    provider: "stripe" as const,
    paymentReference: session.id,
    ...(session.amount_total !== null ? { amountMinor: session.amount_total } : {}),
    ...(session.currency ? { currency: session.currency.toUpperCase() } : {}),
  };
  switch (event.type as HandledType) {
    case "checkout.session.completed":
      // Card payments are paid at completion; bank debits complete unpaid and settle later.
      return { ...base, type: session.payment_status === "unpaid" ? "processing" : "succeeded" };
    case "checkout.session.async_payment_succeeded":
      return { ...base, type: "succeeded" };
    case "checkout.session.async_payment_failed":
      return { ...base, type: "failed", reason: "The payment did not go through." };
    case "checkout.session.expired":
      return { ...base, type: "expired" };
  }
}

/** How far a signature's timestamp may be from now, in either direction (Stripe's own default). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Stripe's SDK refuses signatures older than the tolerance but accepts any from the future, so a signed payload
 * dated ahead (a leaked one, or a clock far off) would replay for as long as its date lies ahead. Bound both ways.
 */
function signedInTheFuture(header: string, nowMs: number): boolean {
  const timestamps = header
    .split(",")
    .map((part) => /^\s*t=(\d+)\s*$/.exec(part)?.[1])
    .filter((t): t is string => t !== undefined)
    .map(Number);
  return timestamps.some((t) => t > nowMs / 1000 + SIGNATURE_TOLERANCE_SECONDS);
}

/** Verifies the signature over the raw body, then applies the event. A bad signature changes nothing. */
export async function handleStripeWebhook(
  db: Db,
  stripe: Stripe,
  input: { rawBody: string; signature: string | null; secret: string },
): Promise<EventOutcome | "unhandled"> {
  if (!input.signature) throw new AppError("invalid_input", "Missing Stripe-Signature header.");
  if (signedInTheFuture(input.signature, Date.now())) {
    throw new AppError("invalid_input", "The webhook signature is not valid.");
  }
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(input.rawBody, input.signature, input.secret, SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    throw new AppError("invalid_input", "The webhook signature is not valid.");
  }
  if (refundEvents.has(event.type)) {
    return applyStripeRefundEvent(db, stripe, {
      id: event.id,
      type: event.type,
      refund: event.data.object as Stripe.Refund,
    });
  }
  const paymentEvent = toPaymentEvent(event);
  if (!paymentEvent) return "unhandled";
  return applyPaymentEvent(db, paymentEvent);
}
