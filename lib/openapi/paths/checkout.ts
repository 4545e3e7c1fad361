import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { CheckoutResult } from "@/lib/checkout/checkout-order";
import { checkoutSchema } from "@/lib/checkout/schemas";
import type { ApiOperation } from "../registry";

const checkoutResultSchema: z.ZodType<CheckoutResult> = z
  .object({
    orderId: z.uuid(),
    number: safeString().meta({ description: "The order number shown to the shopper." }),
    orderUrl: safeString().meta({ description: "The order's page; it also offers to retry a failed payment." }),
    paymentUrl: safeString()
      .nullable()
      .meta({ description: "Where the shopper pays. Null when the payment service could not be reached." }),
    paymentError: safeString()
      .nullable()
      .meta({ description: "Why there is no paymentUrl; the order is kept and can be paid later." }),
  })
  .meta({ id: "CheckoutResult" });

export const checkoutOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/api/checkout",
    tag: "Checkout",
    summary: "Places the cart as an order and starts the payment",
    description:
      "Re-prices the caller's cart from current prices, reserves the stock (all or nothing) and writes the order, then hands off to the payment provider. Send the same `idempotencyKey` again (a retry, a double click) and you get the same order, never a second one. If the payment service is down the order is still placed: `paymentUrl` is null and `paymentError` says why; pay later with POST /api/orders/{id}/payment. Rate-limited per client address.",
    body: checkoutSchema,
    example: {
      email: "shopper@example.com",
      shippingAddress: {
        name: "Ada Shopper",
        line1: "1 Main Street",
        city: "Dublin",
        postalCode: "D01 F5P2",
        country: "IE",
      },
      shippingMethod: "standard",
      idempotencyKey: "6f1c2b0a-3d4e-4f5a-8b9c-0d1e2f3a4b5c",
    },
    success: {
      status: 201,
      description: "The order placed (or found again by its key).",
      schema: checkoutResultSchema,
    },
    errors: ["conflict", "out_of_stock", "rate_limited"],
  },
];
