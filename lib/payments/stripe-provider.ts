import Stripe from "stripe";
import type { CheckoutRequest, CheckoutStarted, PaymentProvider } from "./provider";

// Stripe Checkout needs a session to stay open at least 30 minutes.
const STRIPE_MIN_SESSION_MS = 31 * 60_000;

export function stripeClient(
  secretKey: string,
  options: { host?: string; port?: number; protocol?: "http" | "https" } = {},
) {
  return new Stripe(secretKey, { maxNetworkRetries: 2, timeout: 10_000, ...options });
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
  };
}
