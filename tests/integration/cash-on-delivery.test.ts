import { afterAll, describe, expect, inject, it } from "vitest";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { placeOrder } from "@/lib/checkout/place-order";
import { createDb } from "@/lib/db/client";
import { markCashReceived } from "@/lib/orders/mark-cash-received";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";
import { checkoutInput, createTestVariant, guestCartWith, stockOf } from "../support/fixtures";
import { outcome } from "../support/outcome";

const db = createDb(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());

async function staff(): Promise<StaffActor> {
  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" } });
  return { userId: admin.id, email: admin.email, role: admin.role, via: "staff", scope: "WRITE" };
}

/** A click & collect order paid in cash: 2 units at 25.00, surcharge 1.50 from the demo settings. */
async function placeCodOrder(stock = 5) {
  const { variant } = await createTestVariant(db, { stock, priceMinor: 2500 });
  const ref = await guestCartWith(db, [{ variantId: variant.id, quantity: 2 }]);
  const placed = await placeOrder(
    db,
    ref,
    checkoutInput({
      shippingAddress: undefined,
      recipient: { name: "Jana Nováková" },
      shippingMethodId: DEMO_DELIVERY.methods.clickAndCollect,
      pickupLocationId: DEMO_DELIVERY.pickupLocation,
      paymentMethod: "cash_on_delivery",
    }),
    { paymentProvider: "cash_on_delivery" },
  );
  return { placed, variant };
}

describe("cash on delivery and click & collect", () => {
  it("confirms the order without payment, takes the stock out, and snapshots the pickup location", async () => {
    const { placed, variant } = await placeCodOrder();
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { events: true } });
    expect(order).toMatchObject({
      status: "CONFIRMED",
      paymentMethod: "cash_on_delivery",
      deliveryKind: "CLICK_AND_COLLECT",
      shippingMethod: "Click & collect",
      pickupLocationId: DEMO_DELIVERY.pickupLocation,
      shippingMinor: 0,
      surchargeMinor: 150,
      totalMinor: 5000 + 150,
      paidAt: null,
    });
    expect(order.pickupSnapshot).toMatchObject({ name: "Northwind Goods Prague", city: "Praha 1" });
    expect(order.shippingAddress).toMatchObject({ name: "Jana Nováková", line1: "Dlouhá 12", country: "CZ" });
    expect(order.events).toMatchObject([{ toStatus: "CONFIRMED" }]);
    // Committed, not reserved: it never expires, so nothing is held back for it.
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    expect(await db.invoice.count({ where: { orderId: placed.orderId } })).toBe(0);
  });

  it("two concurrent 'cash received' → paid once, one invoice, one confirmation e-mail, stock unchanged", async () => {
    const { placed, variant } = await placeCodOrder();
    const actor = await staff();
    const results = await Promise.all([
      outcome(markCashReceived(db, actor, placed.orderId)),
      outcome(markCashReceived(db, actor, placed.orderId)),
    ]);
    expect(results.sort()).toEqual(["conflict", "ok"]);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { payments: true } });
    expect(order.status).toBe("PAID");
    expect(order.paidAt).not.toBeNull();
    expect(order.payments.map((p) => p.status)).toEqual(["SUCCEEDED"]);
    expect(await db.invoice.count({ where: { orderId: placed.orderId } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { dedupeKey: `order-confirmation:${placed.orderId}` } })).toBe(1);
    expect(await stockOf(db, variant.id)).toEqual({ stockOnHand: 3, stockReserved: 0 });
    expect(await db.auditLog.count({ where: { action: "order.cash_received", entityId: placed.orderId } })).toBe(1);
  });

  it("records cash after the order shipped without moving it back, and refuses orders not paid in cash", async () => {
    const { placed } = await placeCodOrder();
    await db.order.update({ where: { id: placed.orderId }, data: { status: "SHIPPED" } });
    await markCashReceived(db, await staff(), placed.orderId);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order.status).toBe("SHIPPED");
    expect(order.paidAt).not.toBeNull();
    expect(await db.invoice.count({ where: { orderId: placed.orderId } })).toBe(1);

    const { variant } = await createTestVariant(db, { stock: 2 });
    const card = await placeOrder(
      db,
      await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]),
      checkoutInput(),
      { paymentProvider: "test" },
    );
    expect(await outcome(markCashReceived(db, await staff(), card.orderId))).toBe("conflict");
    const readOnly: StaffActor = { ...(await staff()), scope: "READ" };
    expect(await outcome(markCashReceived(db, readOnly, placed.orderId))).toBe("forbidden");
  });
});
