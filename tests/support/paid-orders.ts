import { randomUUID } from "node:crypto";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { placeOrder } from "@/lib/checkout/place-order";
import type { Db } from "@/lib/db";
import { applyPaymentEvent } from "@/lib/payments/apply-payment-event";
import { checkoutInput, createTestVariant, guestCartWith } from "./fixtures";

// Orders for the staff tests, placed and paid through the shop's own code: a cart of chosen lines (each a product
// of its own, so a test controls its VAT rate and stock), checkout, and the provider's "succeeded" event, which
// takes the stock, issues the invoice and queues the confirmation.

export interface LineSpec {
  priceMinor: number;
  quantity: number;
  vatRateBps?: number;
  stock?: number;
}

export async function placeUnpaidOrder(
  db: Db,
  lines: LineSpec[],
  options: { provider?: "test" | "stripe"; email?: string } = {},
) {
  const made = [];
  for (const line of lines) {
    made.push(
      await createTestVariant(db, {
        stock: line.stock ?? 20,
        priceMinor: line.priceMinor,
        vatRateBps: line.vatRateBps ?? 2100,
      }),
    );
  }
  const cart = await guestCartWith(
    db,
    made.map(({ variant }, i) => ({ variantId: variant.id, quantity: lines[i]?.quantity ?? 1 })),
  );
  const provider = options.provider ?? "test";
  const placed = await placeOrder(db, cart, checkoutInput(options.email ? { email: options.email } : {}), {
    paymentProvider: provider,
  });
  if (!placed.payment) throw new Error("no payment attempt was opened");
  const reference = provider === "stripe" ? `cs_test_${randomUUID().replaceAll("-", "")}` : `test_${placed.payment.id}`;
  await db.payment.update({ where: { id: placed.payment.id }, data: { reference } });
  return {
    orderId: placed.orderId,
    number: placed.number,
    payment: placed.payment,
    reference,
    provider,
    variants: made.map((m) => m.variant),
  };
}

export async function placePaidOrder(
  db: Db,
  lines: LineSpec[],
  options: { provider?: "test" | "stripe"; email?: string } = {},
) {
  const order = await placeUnpaidOrder(db, lines, options);
  const outcome = await applyPaymentEvent(db, {
    id: `${order.provider}:${order.payment.id}:succeeded`,
    provider: order.provider,
    type: "succeeded",
    paymentReference: order.reference,
    amountMinor: order.payment.amountMinor,
    currency: order.payment.currency,
  });
  if (outcome !== "applied") throw new Error(`payment not applied: ${outcome}`);
  const row = await db.order.findUniqueOrThrow({ where: { id: order.orderId } });
  return { ...order, totalMinor: row.totalMinor, currency: row.currency };
}

export function staffActor(overrides: Partial<StaffActor> = {}): StaffActor {
  return {
    userId: randomUUID(),
    email: "staff@example.com",
    role: "STAFF",
    via: "staff",
    scope: "WRITE",
    ...overrides,
  };
}
