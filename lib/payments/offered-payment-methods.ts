import type { DeliveryMethodSetting, ShopSettings } from "@/lib/delivery/shop-settings";
import { PAYMENT_METHODS } from "@/lib/delivery/shop-settings";
import type { PaymentMethod } from "@/lib/generated/prisma/client";

/** What the deployment can take, whatever the settings say (see paymentCapabilities in ./payment-mode.ts). */
export interface PaymentCapabilities {
  /** Stripe keys are configured. */
  card: boolean;
  /** The built-in test provider may take "payments": the zero-set-up demo or PAYMENT_TEST_MODE=on. */
  test: boolean;
}

export const paymentMethodNames: Record<PaymentMethod, string> = {
  card: "Card",
  bank_transfer: "Bank transfer",
  cash_on_delivery: "Cash on delivery",
  test: "Test payment (no real money)",
};

/**
 * The payment methods the shop offers now, in display order: enabled by staff AND possible here. Card needs Stripe
 * keys; test needs test mode; bank transfer needs an account in the order's currency. Fail closed: anything not
 * proven possible is left out.
 */
export function offeredPaymentMethods(
  settings: ShopSettings,
  capabilities: PaymentCapabilities,
  currency: string,
): PaymentMethod[] {
  const possible: Record<PaymentMethod, boolean> = {
    card: capabilities.card,
    test: capabilities.test,
    bank_transfer: settings.bankAccounts.some((a) => a.currency === currency),
    cash_on_delivery: true,
  };
  return PAYMENT_METHODS.filter((m) => settings.payments[m].enabled && possible[m]).sort(
    (a, b) => settings.payments[a].position - settings.payments[b].position,
  );
}

/**
 * Of the offered methods, those a delivery method allows. The test provider stands in for every real method while
 * test mode is on, so it goes with any delivery method.
 */
export function paymentMethodsForDelivery(method: DeliveryMethodSetting, offered: PaymentMethod[]): PaymentMethod[] {
  return offered.filter((p) => p === "test" || method.paymentMethods.includes(p));
}
