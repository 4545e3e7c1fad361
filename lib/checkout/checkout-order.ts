import type { Db } from "@/lib/db";
import type { CartRef } from "@/lib/cart/cart-ref";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { defaultLanguage } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { orderPath } from "@/lib/orders/order-link";
import { type PaymentInstructions, loadPaymentInstructions } from "@/lib/payments/bank-transfer/payment-instructions";
import type { PaymentProvider } from "@/lib/payments/provider";
import { providerForMethod, providerNameForMethod } from "@/lib/payments/current-provider";
import { handOffPayment, startPayment } from "@/lib/payments/start-payment";
import { type VatIdVerifier, noOnlineVatCheck } from "@/lib/buyers/vat-id-verifier";
import { placeOrder } from "./place-order";
import type { CheckoutInput } from "./schemas";

export interface CheckoutResult {
  orderId: string;
  number: string;
  orderUrl: string;
  /**
   * Where to pay online; null for bank transfer and cash on delivery (nothing to pay online), and when the payment
   * service could not be reached (the order is kept; retry from orderUrl, paymentError says so).
   */
  paymentUrl: string | null;
  paymentError: string | null;
  /** Bank transfer: where and how to pay (account, amount, reference, due date, QR payload); null otherwise. */
  paymentInstructions: PaymentInstructions | null;
}

/** Place order → hand off to the payment provider. Both the API and the checkout page go through here. */
export async function checkoutOrder(
  db: Db,
  input: {
    ref: CartRef;
    checkout: CheckoutInput;
    clientAddress: string;
    /** The shopper's language (the page's, or the API client's Accept-Language); by default the shop's own. */
    language?: string;
    /** Tests only: a stand-in for Stripe's servers. By default the provider of the chosen payment method. */
    provider?: PaymentProvider;
    /** Tests only: when the order is placed (e.g. a bank transfer long overdue). */
    now?: Date;
    /** An online VAT ID check (e.g. VIES); by default none, the format was checked by the schema. */
    vatIdVerifier?: VatIdVerifier;
  },
): Promise<CheckoutResult> {
  // Refused before anything is counted or stored: card without Stripe keys, test outside test mode.
  const provider = input.provider ?? providerForMethod(input.checkout.paymentMethod);
  const vatId = input.checkout.company?.vatId;
  if (vatId && (await (input.vatIdVerifier ?? noOnlineVatCheck).verify(vatId)) === "invalid") {
    const message = "This VAT ID is not registered in the EU's VAT information exchange system (VIES).";
    throw new AppError("invalid_input", message, { fields: { "company.vatId": message } });
  }
  const prepareCheckout = provider?.prepareCheckout?.bind(provider);
  const placed = await placeOrder(db, input.ref, input.checkout, {
    paymentProvider: provider?.name ?? providerNameForMethod(input.checkout.paymentMethod),
    // Counted in the statement that reads the cart: one round trip less per order.
    rateLimit: {
      key: `checkout:address:${input.clientAddress}`,
      limit: env.CHECKOUT_RATE_LIMIT_PER_MINUTE,
      windowSeconds: 60,
    },
    ...(prepareCheckout ? { prepareCheckout } : {}),
    ...(input.now ? { now: input.now } : {}),
    ...(input.language ? { language: input.language } : {}),
  });
  // The order page in the shopper's language: where they land, and where a payment provider sends them back.
  const orderUrl = localizedPath(orderPath(placed.orderId), input.language ?? defaultLanguage, defaultLanguage);
  // Bank transfer and cash on delivery: staff settle them; the order page says what to do. A repeated key answers
  // with the instructions of the order it placed.
  if (!provider) {
    return {
      orderId: placed.orderId,
      number: placed.number,
      orderUrl,
      paymentUrl: null,
      paymentError: null,
      paymentInstructions: await loadPaymentInstructions(db, placed.orderId),
    };
  }
  const started = placed.payment?.started;
  if (started) {
    return {
      orderId: placed.orderId,
      number: placed.number,
      orderUrl,
      paymentUrl: started.redirectUrl,
      paymentError: null,
      paymentInstructions: null,
    };
  }
  try {
    const { redirectUrl } = placed.payment
      ? await handOffPayment(
          db,
          provider,
          { ...placed.payment, orderId: placed.orderId, orderNumber: placed.number },
          orderUrl,
        )
      : await startPayment(db, placed.orderId, provider, orderUrl);
    return {
      orderId: placed.orderId,
      number: placed.number,
      orderUrl,
      paymentUrl: redirectUrl,
      paymentError: null,
      paymentInstructions: null,
    };
  } catch (error) {
    if (error instanceof AppError && (error.code === "service_unavailable" || error.code === "conflict")) {
      return {
        orderId: placed.orderId,
        number: placed.number,
        orderUrl,
        paymentUrl: null,
        paymentError: error.message,
        paymentInstructions: null,
      };
    }
    throw error;
  }
}
