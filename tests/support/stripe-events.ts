import { randomUUID } from "node:crypto";
import Stripe from "stripe";

// Events shaped like Stripe's documented Event and Checkout Session objects (API 2025+), signed with the SDK's own
// test helper. Stripe's servers cannot be reached from tests; its signatures and payload shapes are real.
export const WEBHOOK_SECRET = "whsec_testsecret0123456789abcdef";
export const STRIPE_KEY = "sk_test_0123456789abcdefghijklmn";
const stripe = new Stripe(STRIPE_KEY);

export function checkoutSessionEvent(
  type: string,
  session: { id: string; amountTotal: number; currency: string; paymentStatus?: "paid" | "unpaid"; orderId?: string },
  eventId = `evt_${randomUUID().replaceAll("-", "")}`,
) {
  return {
    id: eventId,
    object: "event",
    api_version: "2025-10-29.clover",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: session.id,
        object: "checkout.session",
        amount_subtotal: session.amountTotal,
        amount_total: session.amountTotal,
        client_reference_id: session.orderId ?? null,
        currency: session.currency,
        customer_email: "shopper@example.com",
        livemode: false,
        metadata: { orderId: session.orderId ?? "" },
        mode: "payment",
        payment_intent: `pi_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
        payment_status: session.paymentStatus ?? "paid",
        status: type === "checkout.session.expired" ? "expired" : "complete",
        success_url: "http://localhost:3000/orders/x",
        url: null,
      },
    },
  };
}

export function signedRequest(payload: unknown, secret = WEBHOOK_SECRET, timestamp?: number) {
  const body = JSON.stringify(payload);
  const signature = stripe.webhooks.generateTestHeaderString({
    payload: body,
    secret,
    ...(timestamp ? { timestamp } : {}),
  });
  return { body, signature };
}

/** A refund.* event wrapping a Refund object, as Stripe sends it. */
export function refundEvent(type: string, refund: object, eventId = `evt_${randomUUID().replaceAll("-", "")}`) {
  return {
    id: eventId,
    object: "event",
    api_version: "2025-10-29.clover",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object: refund },
  };
}
