import Stripe from "stripe";
import type { CheckoutRequest, CheckoutStarted, PaymentProvider, RefundRequest, RefundResult } from "./provider";

// Stripe Checkout needs a session to stay open at least 30 minutes.
const STRIPE_MIN_SESSION_MS = 31 * 60_000;

export function stripeClient(
  secretKey: string,
  options: { host?: string; port?: number; protocol?: "http" | "https" } = {},
) {
  // A shopper waits on this answer: at most three tries of 5 s (with the SDK's short backoff) rather than the
  // SDK's 80 s per try. Every call carries an idempotency key, so a retry never creates a second session or refund.
  return new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 5_000, ...options });
}

export function createStripeProvider(stripe: Stripe): PaymentProvider {
  return {
    name: "stripe",
    async startCheckout(request: CheckoutRequest): Promise<CheckoutStarted> {
      const expiresAt = Math.max(request.expiresAt.getTime(), Date.now() + STRIPE_MIN_SESSION_MS);
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          customer_email: request.email,
          client_reference_id: request.orderId,
          metadata: { orderId: request.orderId, paymentId: request.paymentId },
          payment_intent_data: { metadata: { orderId: request.orderId, paymentId: request.paymentId } },
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: request.amountMinor,
                product_data: { name: `Order ${request.orderNumber}` },
              },
            },
          ],
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          expires_at: Math.floor(expiresAt / 1000),
        },
        // A retried call creates no second session (and no second charge).
        { idempotencyKey: `checkout-${request.paymentId}` },
      );
      if (!session.url) throw new Error("Stripe returned a Checkout Session without a URL");
      return { reference: session.id, redirectUrl: session.url };
    },
    async refund(request: RefundRequest): Promise<RefundResult> {
      try {
        // The shop knows the Checkout Session; the money sits on its PaymentIntent.
        const session = await stripe.checkout.sessions.retrieve(request.paymentReference);
        const paymentIntent =
          typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
        if (!paymentIntent) {
          return { status: "failed", failureReason: "Stripe has no payment for this Checkout Session to refund." };
        }
        const refund = await stripe.refunds.create(
          {
            payment_intent: paymentIntent,
            amount: request.amountMinor,
            // Lets the webhook recognise a refund the shop started, even before its id is stored.
            metadata: { refundId: request.refundId, orderId: request.orderId, reason: request.reason },
          },
          { idempotencyKey: request.idempotencyKey },
        );
        return stripeRefundResult(refund);
      } catch (error) {
        // Stripe answered and said no (e.g. already refunded, disputed): a definite failure, nothing moved.
        // Network failures and Stripe's own errors leave the outcome unknown and are thrown.
        if (
          error instanceof Stripe.errors.StripeInvalidRequestError ||
          error instanceof Stripe.errors.StripeCardError
        ) {
          return { status: "failed", failureReason: `Stripe refused the refund: ${error.message}` };
        }
        throw error;
      }
    },
  };
}

/** Stripe's refund status in the shop's terms; requires_action and pending both settle later by webhook. */
export function stripeRefundResult(refund: Stripe.Refund): RefundResult {
  switch (refund.status) {
    case "succeeded":
      return { reference: refund.id, status: "succeeded" };
    case "failed":
    case "canceled":
      return {
        reference: refund.id,
        status: "failed",
        failureReason: `Stripe: ${refund.status}${refund.failure_reason ? ` (${refund.failure_reason})` : ""}`,
      };
    default:
      return { reference: refund.id, status: "pending" };
  }
}
