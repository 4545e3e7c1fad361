import { randomInt } from "node:crypto";
import { checkoutOrder } from "@/lib/checkout/checkout-order";
import type { CheckoutInput } from "@/lib/checkout/schemas";
import type { Db } from "@/lib/db";
import { checkoutInput, createTestVariant, guestCartWith } from "./fixtures";
import type { LineSpec } from "./paid-orders";

/**
 * An order awaiting a bank transfer, placed as a shopper places it: a guest cart of the given lines (each a product
 * of its own), then the checkout with paymentMethod "bank_transfer" under the demo delivery and payment settings.
 * `placedDaysAgo` moves the moment of the order back (e.g. 9 days: its 7-day due date has passed).
 */
export async function placeBankTransferOrder(
  db: Db,
  lines: LineSpec[],
  options: { placedDaysAgo?: number; checkout?: Partial<CheckoutInput> } = {},
) {
  const variants = [];
  for (const line of lines) {
    const { variant } = await createTestVariant(db, {
      stock: line.stock ?? 20,
      priceMinor: line.priceMinor,
      vatRateBps: line.vatRateBps ?? 2100,
    });
    variants.push(variant);
  }
  const ref = await guestCartWith(
    db,
    variants.map((variant, i) => ({ variantId: variant.id, quantity: lines[i]?.quantity ?? 1 })),
  );
  const placed = await checkoutOrder(db, {
    ref,
    checkout: checkoutInput({ paymentMethod: "bank_transfer", ...options.checkout }),
    // Its own documentation address, so that many orders in one test stay under the checkout rate limit.
    clientAddress: `198.51.100.${randomInt(1, 255)}`,
    ...(options.placedDaysAgo ? { now: new Date(Date.now() - options.placedDaysAgo * 86_400_000) } : {}),
  });
  if (!placed.paymentInstructions) throw new Error("the bank-transfer checkout gave no payment instructions");
  const row = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
  return {
    orderId: placed.orderId,
    number: placed.number,
    orderUrl: placed.orderUrl,
    instructions: placed.paymentInstructions,
    variants,
    totalMinor: row.totalMinor,
    currency: row.currency,
  };
}
