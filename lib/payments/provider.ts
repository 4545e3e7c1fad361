// The one interface both payment providers implement; the rest of the shop sees only these types.

export interface CheckoutRequest {
  paymentId: string;
  orderId: string;
  orderNumber: string;
  amountMinor: number;
  currency: string;
  email: string;
  successUrl: string;
  cancelUrl: string;
  /** When the shop stops waiting for this payment. */
  expiresAt: Date;
}

export interface CheckoutStarted {
  /** The provider's id for this payment (Stripe: the Checkout Session id). */
  reference: string;
  /** Where the shopper goes to pay. */
  redirectUrl: string;
}

export interface RefundRequest {
  /** The shop's Refund row. */
  refundId: string;
  orderId: string;
  /** Sent to the provider: a repeated call with the same key refunds once. */
  idempotencyKey: string;
  /** The paid attempt's provider reference (Stripe: the Checkout Session id). */
  paymentReference: string;
  amountMinor: number;
  currency: string;
  reason: string;
}

/**
 * "pending": the provider accepted the refund and reports the outcome later (a webhook settles it). "failed": it
 * refused, and no money moved. A provider that cannot be reached throws instead.
 */
export type RefundResult =
  | { status: "succeeded" | "pending"; /** The provider's id (Stripe: re_…). */ reference: string }
  | { status: "failed"; reference?: string; failureReason: string };

/** What refunding needs of a provider: payment services, and the manual one for bank transfers and cash. */
export interface RefundProvider {
  /** Gives money back on a paid attempt; throws when the provider cannot be reached or gives no clear answer. */
  refund(request: RefundRequest): Promise<RefundResult>;
}

export interface PaymentProvider extends RefundProvider {
  readonly name: "stripe" | "test";
  startCheckout(request: CheckoutRequest): Promise<CheckoutStarted>;
  /**
   * Only for providers that start a checkout without a remote call (the built-in one): the reference and redirect
   * follow from the payment id alone, so they are written with the order in its transaction, saving a statement
   * and a commit per order.
   */
  prepareCheckout?(paymentId: string): CheckoutStarted;
  /** Gives money back on a paid attempt; throws when the provider cannot be reached or gives no clear answer. */
  refund(request: RefundRequest): Promise<RefundResult>;
}

/** Internal events that move payments and orders, whichever provider they come from. */
export type PaymentEventType = "processing" | "succeeded" | "failed" | "cancelled" | "expired";

export interface PaymentEvent {
  /** Unique per provider event; a repeat of the same id changes nothing. */
  id: string;
  provider: "stripe" | "test" | "bank_transfer";
  type: PaymentEventType;
  paymentReference: string;
  /** What the provider says was paid; checked against the order. */
  amountMinor?: number;
  currency?: string;
  reason?: string;
}
