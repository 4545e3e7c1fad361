import { env } from "@/lib/env";
import type { PaymentCapabilities } from "./offered-payment-methods";

/** True while the built-in test provider may take "payments" (the storefront then says so on every page). */
export const paymentTestMode = (): boolean => env.PAYMENT_TEST_MODE === "on";

/** Why card payment is not offered, for the admin; null when Stripe is configured. */
export const cardUnavailableReason = (): string | null =>
  env.STRIPE_SECRET_KEY ? null : "Stripe is not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET.";

export const paymentCapabilities = (): PaymentCapabilities => ({
  card: Boolean(env.STRIPE_SECRET_KEY),
  test: paymentTestMode(),
});
