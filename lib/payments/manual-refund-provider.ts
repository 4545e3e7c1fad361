import type { RefundProvider, RefundRequest, RefundResult } from "./provider";

/**
 * Refunds of money that did not come through a payment service — a bank transfer, or cash on delivery. The shop
 * cannot send it back itself: staff pay it out (a transfer from the shop's bank account, cash at the counter) and
 * the refund is booked at once like any confirmed refund, with its credit note and e-mail. The reference says so.
 */
export const manualRefundProvider: RefundProvider = {
  refund(request: RefundRequest): Promise<RefundResult> {
    return Promise.resolve({ status: "succeeded", reference: `manual_${request.refundId}` });
  },
};

/** The payment rows' providers whose refunds are paid out by hand. */
export const MANUAL_REFUND_PROVIDERS: readonly string[] = ["bank_transfer", "cash_on_delivery"];
