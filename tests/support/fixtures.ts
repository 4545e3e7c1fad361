import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import type { CartRef } from "@/lib/cart/cart-ref";
import type { CheckoutInput } from "@/lib/checkout/schemas";
import { DEMO_DELIVERY } from "@/prisma/seed/delivery-data";

/** A product of its own with one variant, so a test controls its stock and price. */
export async function createTestVariant(
  db: Db,
  options: { stock: number; priceMinor?: number; vatRateBps?: number; name?: string } = { stock: 10 },
) {
  const suffix = randomUUID().slice(0, 8);
  const category = await db.category.findFirstOrThrow({ orderBy: { position: "asc" } });
  const product = await db.product.create({
    data: {
      slug: `test-product-${suffix}`,
      name: options.name ?? `Test Product ${suffix}`,
      categoryId: category.id,
      vatRateBps: options.vatRateBps ?? 2100,
      variants: {
        create: {
          sku: `TEST-${suffix}`,
          priceMinor: options.priceMinor ?? 1000,
          currency: "EUR",
          stockOnHand: options.stock,
        },
      },
    },
    include: { variants: true },
  });
  const variant = product.variants[0];
  if (!variant) throw new Error("variant not created");
  return { product, variant };
}

/** A guest cart holding the given lines. */
export async function guestCartWith(db: Db, lines: { variantId: string; quantity: number }[]): Promise<CartRef> {
  const cart = await db.cart.create({ data: { lines: { create: lines } } });
  return { cartId: cart.id, userId: null };
}

export function checkoutInput(overrides: Partial<CheckoutInput> = {}): CheckoutInput {
  return {
    email: `shopper-${randomUUID().slice(0, 8)}@example.com`,
    shippingAddress: { name: "Jana Nováková", line1: "Dlouhá 12", city: "Praha", postalCode: "110 00", country: "CZ" },
    shippingMethodId: DEMO_DELIVERY.methods.domesticStandard,
    paymentMethod: "test",
    discountCode: undefined,
    idempotencyKey: randomUUID(),
    termsAccepted: true,
    ...overrides,
  };
}

export async function stockOf(db: Db, variantId: string) {
  return db.productVariant.findUniqueOrThrow({
    where: { id: variantId },
    select: { stockOnHand: true, stockReserved: true },
  });
}

/** An order placed from a guest cart and paid through the shop's own payment path (invoice, confirmation queued). */
export async function placeAndPayOrder(db: Db, email: string): Promise<{ orderId: string }> {
  const { placeOrder } = await import("@/lib/checkout/place-order");
  const { applyPaymentEvent } = await import("@/lib/payments/apply-payment-event");
  const { variant } = await createTestVariant(db, { stock: 5, priceMinor: 2500 });
  const cart = await guestCartWith(db, [{ variantId: variant.id, quantity: 1 }]);
  const placed = await placeOrder(db, cart, checkoutInput({ email }), { paymentProvider: "test" });
  if (!placed.payment) throw new Error("no payment attempt was opened");
  const reference = `test_${placed.payment.id}`;
  await db.payment.update({ where: { id: placed.payment.id }, data: { reference } });
  const outcome = await applyPaymentEvent(db, {
    id: `test:${placed.payment.id}:succeeded`,
    provider: "test",
    type: "succeeded",
    paymentReference: reference,
    amountMinor: placed.payment.amountMinor,
    currency: placed.payment.currency,
  });
  if (outcome !== "applied") throw new Error(`payment not applied: ${outcome}`);
  return { orderId: placed.orderId };
}
