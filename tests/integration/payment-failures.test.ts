import { createServer } from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { startPayment } from "@/lib/payments/start-payment";
import { createStripeProvider, stripeClient } from "@/lib/payments/stripe-provider";
import { submitTestPayment } from "@/lib/payments/test-payment-actions";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

/** A port nothing listens on: the payment service is down. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
}

describe("when the payment service fails", () => {
  it("keeps the order, tells the shopper, and lets them pay later without a second order or charge", async () => {
    const down = createStripeProvider(
      stripeClient("sk_test_0123456789abcdefghijklmn", {
        host: "127.0.0.1",
        port: await closedPort(),
        protocol: "http",
      }),
    );
    const { variant } = await createTestVariant(db, { stock: 3 });
    const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
    const input = checkoutInput();
    const first = await checkoutOrder(db, { ref, checkout: input, provider: down, clientAddress: "198.51.100.1" });
    expect(first.paymentUrl).toBeNull();
    expect(first.paymentError).toMatch(/not answering/);
    expect(await db.payment.findMany({ where: { orderId: first.orderId } })).toMatchObject([{ status: "FAILED" }]);

    // The shopper presses the button again: same idempotency key, same order, stock held once.
    const again = await checkoutOrder(db, {
      ref,
      checkout: input,
      provider: testPaymentProvider,
      clientAddress: "198.51.100.1",
    });
    expect(again.orderId).toBe(first.orderId);
    expect(again.paymentUrl).toMatch(/^\/pay\/test\//);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 1 });

    // Paying twice (double click on "Pay now") pays once.
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: first.orderId, status: "PENDING" } });
    const token = new URL(again.paymentUrl ?? "", "http://x").searchParams.get("token") ?? "";
    const outcomes = await Promise.all([
      submitTestPayment(db, payment.id, token, "pay"),
      submitTestPayment(db, payment.id, token, "pay"),
    ]);
    expect(outcomes.sort()).toEqual(["applied", "duplicate"]);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 2, stockReserved: 0 });
    await expect(startPayment(db, first.orderId, testPaymentProvider, "/orders/x")).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("reuses an open attempt instead of starting another", async () => {
    const { variant } = await createTestVariant(db, { stock: 3 });
    const placed = await checkoutOrder(db, {
      ref: await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkout: checkoutInput(),
      provider: testPaymentProvider,
      clientAddress: "198.51.100.2",
    });
    const second = await startPayment(db, placed.orderId, testPaymentProvider, "/orders/x");
    expect(second.redirectUrl).toBe(placed.paymentUrl);
    expect(await db.payment.count({ where: { orderId: placed.orderId } })).toBe(1);
  });
});
