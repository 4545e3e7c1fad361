import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PaymentMethod } from "@/lib/generated/prisma/client";
import { paymentTestMode } from "./payment-mode";
import type { PaymentProvider } from "./provider";
import { createStripeProvider, stripeClient } from "./stripe-provider";
import { testPaymentProvider } from "./test-provider";

let stripeProvider: PaymentProvider | undefined;

/**
 * The provider that takes a new payment by this method: Stripe for card, the built-in one for test, none for the
 * manual methods (bank transfer, cash on delivery), which are settled by staff. Fail closed: card without Stripe
 * keys, or test outside test mode, is refused and nothing is started.
 */
export function providerForMethod(method: PaymentMethod): PaymentProvider | null {
  switch (method) {
    case "card":
      if (!env.STRIPE_SECRET_KEY) throw methodUnavailable("Card payment is not available in this shop.");
      stripeProvider ??= createStripeProvider(stripeClient(env.STRIPE_SECRET_KEY));
      return stripeProvider;
    case "test":
      if (!paymentTestMode()) throw methodUnavailable("Test payments are not accepted by this shop.");
      return testPaymentProvider;
    case "bank_transfer":
    case "cash_on_delivery":
      return null;
  }
}

/** The name payments by this method are recorded under (Payment.provider, Order.paymentProvider). */
export function providerNameForMethod(method: PaymentMethod): string {
  return method === "card" ? "stripe" : method;
}

const methodUnavailable = (message: string) =>
  new AppError("invalid_input", message, { fields: { paymentMethod: message } });
