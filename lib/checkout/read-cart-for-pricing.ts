import type { Db } from "@/lib/db";
import type { CartRef } from "@/lib/cart/cart-ref";
import { env } from "@/lib/env";
import type { PricingLine } from "./pricing";

/** The caller's cart as pricing needs it (live prices, VAT, weight). A guest id never opens a shopper's cart. */
export async function readCartForPricing(
  db: Db,
  ref: CartRef,
): Promise<{ lines: PricingLine[]; currency: string; weightGrams: number }> {
  const cartFilter = ref.userId
    ? { userId: ref.userId }
    : { id: ref.cartId ?? "00000000-0000-0000-0000-000000000000", userId: null };
  const rows = await db.cartLine.findMany({
    where: { cart: cartFilter },
    include: { variant: { include: { product: { select: { vatRateBps: true } } } } },
  });
  return {
    currency: rows[0]?.variant.currency ?? env.SHOP_CURRENCY,
    weightGrams: rows.reduce((n, l) => n + l.variant.weightGrams * l.quantity, 0),
    lines: rows.map((l) => ({
      variantId: l.variantId,
      unitPriceMinor: l.variant.priceMinor,
      quantity: l.quantity,
      vatRateBps: l.variant.product.vatRateBps,
    })),
  };
}
