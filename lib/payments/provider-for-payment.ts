import { env } from "@/lib/env";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError } from "@/lib/errors";
import { MANUAL_REFUND_PROVIDERS, manualRefundProvider } from "./manual-refund-provider";
import type { PaymentProvider, RefundProvider } from "./provider";
import { createStripeProvider, stripeClient } from "./stripe-provider";
import { testPaymentProvider } from "./test-provider";

export type ProviderLookup = (name: string) => RefundProvider;

let stripeProvider: PaymentProvider | undefined;

/**
 * The provider that took a payment, for refunding it: a refund always goes back the way the money came, whatever
 * provider new checkouts use now.
 */
export const providerForPayment: ProviderLookup = (name) => {
  if (name === "test") return testPaymentProvider;
  // Bank transfers and cash on delivery are paid back by staff themselves; the shop books it (manual-refund-provider).
  if (MANUAL_REFUND_PROVIDERS.includes(name)) return manualRefundProvider;
  if (name === "stripe") {
    if (!env.STRIPE_SECRET_KEY) {
      throw new AppError("conflict", "This order was paid through Stripe, but no STRIPE_SECRET_KEY is configured.");
    }
    stripeProvider ??= createStripeProvider(stripeClient(env.STRIPE_SECRET_KEY));
    return stripeProvider;
  }
  throw new AppError(
    "conflict",
    serverMessage("Payments by “{provider}” cannot be refunded from the shop.", { provider: name }),
  );
};
