import { signToken } from "@/lib/security/signed-token";
import type { CheckoutRequest, CheckoutStarted, PaymentProvider, RefundRequest, RefundResult } from "./provider";

export const TEST_PAYMENT_PURPOSE = "test-payment";

function prepareTestCheckout(paymentId: string): CheckoutStarted {
  const token = signToken(TEST_PAYMENT_PURPOSE, paymentId);
  return { reference: `test_${paymentId}`, redirectUrl: `/pay/test/${paymentId}?token=${token}` };
}

/**
 * The built-in provider used when no Stripe key is configured: the shopper is sent to the shop's own payment page
 * (/pay/test/…), where paying, declining, cancelling or a delayed confirmation raise the same internal events a
 * Stripe webhook would. Refunds succeed at once (no money moved) with a reference derived from the refund.
 */
export const testPaymentProvider: PaymentProvider = {
  name: "test",
  startCheckout(request: CheckoutRequest): Promise<CheckoutStarted> {
    return Promise.resolve(prepareTestCheckout(request.paymentId));
  },
  prepareCheckout: prepareTestCheckout,
  refund(request: RefundRequest): Promise<RefundResult> {
    return Promise.resolve({ reference: `test_refund_${request.refundId}`, status: "succeeded" });
  },
};
