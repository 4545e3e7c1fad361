import { afterAll, describe, expect, inject, it } from "vitest";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import { createDb } from "@/lib/db/client";
import { DELAYED_SETTLEMENT_MS, settleDueTestPayments, submitTestPayment } from "@/lib/payments/test-payment-actions";
import { testPaymentProvider } from "@/lib/payments/test-provider";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";

// The test provider's "pay, confirmed later": the payment turns PROCESSING together with its settle time (one
// transaction), and the settlement job confirms every PROCESSING test payment in the end, even one a crash in an
// older version left without a settle time. (tests/faults/process-kill.test.ts kills the server mid-payment.)

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());

async function orderAwaitingPayment() {
  const { variant } = await createTestVariant(db, { stock: 5 });
  const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
  const placed = await checkoutOrder(db, {
    ref,
    checkout: checkoutInput(),
    provider: testPaymentProvider,
    clientAddress: "198.51.100.9",
  });
  const url = new URL(placed.paymentUrl ?? "", "http://x");
  const paymentId = url.pathname.split("/").at(-1) ?? "";
  return { variant, orderId: placed.orderId, paymentId, token: url.searchParams.get("token") ?? "" };
}

describe("pay, confirmed later", () => {
  it("sets PROCESSING and the settle time together, and the job settles it once", async () => {
    const { variant, orderId, paymentId, token } = await orderAwaitingPayment();
    const before = Date.now();
    expect(await submitTestPayment(db, paymentId, token, "pay_delayed")).toBe("applied");
    const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment.status).toBe("PROCESSING");
    expect(payment.settleAt?.getTime()).toBeGreaterThanOrEqual(before + DELAYED_SETTLEMENT_MS);

    await settleDueTestPayments(db, new Date(before));
    expect(await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "PROCESSING" });
    const settleTime = new Date((payment.settleAt?.getTime() ?? 0) + 1);
    await settleDueTestPayments(db, settleTime);
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PAID" });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    // Settling again changes nothing.
    await settleDueTestPayments(db, settleTime);
    expect(await db.invoice.count({ where: { orderId } })).toBe(1);
  });

  it("settles a PROCESSING payment a crash left without a settle time, once the usual delay has passed", async () => {
    const { variant, orderId, paymentId, token } = await orderAwaitingPayment();
    await submitTestPayment(db, paymentId, token, "pay_delayed");
    // The state a kill between the two writes of older versions left behind.
    await db.payment.update({ where: { id: paymentId }, data: { settleAt: null } });
    const stranded = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 5, stockReserved: 2 });

    await settleDueTestPayments(db, new Date(stranded.updatedAt.getTime() + DELAYED_SETTLEMENT_MS - 1));
    expect(await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "PROCESSING" });
    await settleDueTestPayments(db, new Date(stranded.updatedAt.getTime() + DELAYED_SETTLEMENT_MS));
    expect(await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED" });
    expect(await db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: "PAID" });
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
  });
});
