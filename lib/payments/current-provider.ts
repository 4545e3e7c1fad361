import { env } from "@/lib/env";
import type { PaymentProvider } from "./provider";
import { createStripeProvider, stripeClient } from "./stripe-provider";
import { testPaymentProvider } from "./test-provider";

let stripeProvider: PaymentProvider | undefined;

/** Stripe when STRIPE_SECRET_KEY is set, otherwise the built-in test provider. */
export function currentPaymentProvider(): PaymentProvider {
  if (!env.STRIPE_SECRET_KEY) return testPaymentProvider;
  stripeProvider ??= createStripeProvider(stripeClient(env.STRIPE_SECRET_KEY));
  return stripeProvider;
}
