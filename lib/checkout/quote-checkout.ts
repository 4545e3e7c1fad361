import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { CartRef } from "@/lib/cart/cart-ref";
import { checkDiscount } from "@/lib/discounts/check-discount";
import { type PricedOrder, priceOrder } from "./pricing";
import type { CheckoutInput } from "./schemas";
import { shippingQuote } from "./shipping";

/** What the order would cost right now, for the review step. Writes nothing; placeOrder prices again. */
export async function quoteCheckout(
  db: Db,
  ref: CartRef,
  input: CheckoutInput,
): Promise<PricedOrder & { currency: string }> {
  const cartFilter = ref.userId
    ? { userId: ref.userId }
    : { id: ref.cartId ?? "00000000-0000-0000-0000-000000000000", userId: null };
  const lines = await db.cartLine.findMany({
    where: { cart: cartFilter },
    include: { variant: { include: { product: { select: { vatRateBps: true } } } } },
  });
  if (lines.length === 0) throw new AppError("conflict", "Your cart is empty.");
  const currency = lines[0]?.variant.currency ?? env.SHOP_CURRENCY;
  const pricingLines = lines.map((l) => ({
    variantId: l.variantId,
    unitPriceMinor: l.variant.priceMinor,
    quantity: l.quantity,
    vatRateBps: l.variant.product.vatRateBps,
  }));
  const subtotal = pricingLines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0);
  const rule = input.discountCode
    ? checkDiscount(
        await db.discountCode.findUnique({ where: { code: input.discountCode } }),
        subtotal,
        currency,
        new Date(),
      )
    : null;
  const goods = priceOrder({ lines: pricingLines, discount: rule, shipping: { grossMinor: 0, vatRateBps: 0 } });
  const shipping = shippingQuote(input.shippingMethod, input.shippingAddress.country, goods.itemsTotalMinor);
  return { ...priceOrder({ lines: pricingLines, discount: rule, shipping }), currency };
}
