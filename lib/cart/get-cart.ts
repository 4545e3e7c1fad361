import type { Db } from "@/lib/db";
import { stockStateOf } from "@/lib/catalog/stock-state";
import { type CartRef, findCartId } from "./cart-ref";
import type { CartLineView, CartView } from "./types";
import { variantTitle } from "./variant-title";

/** The cart with live prices and availability; lines that cannot be bought say why. */
export async function getCart(db: Db, ref: CartRef, currency: string): Promise<CartView> {
  const cartId = await findCartId(db, ref);
  if (!cartId) return { id: null, lines: [], itemCount: 0, subtotal: { amountMinor: 0, currency }, canCheckout: false };
  const lines = await db.cartLine.findMany({
    where: { cartId },
    orderBy: { createdAt: "asc" },
    include: {
      variant: {
        include: {
          product: {
            select: {
              slug: true,
              name: true,
              status: true,
              optionNames: true,
              images: { orderBy: { position: "asc" }, take: 1, select: { url: true, alt: true } },
            },
          },
        },
      },
    },
  });
  const views: CartLineView[] = lines.map((line) => {
    const v = line.variant;
    const available = Math.max(0, v.stockOnHand - v.stockReserved);
    const buyable = v.active && v.product.status === "ACTIVE";
    return {
      id: line.id,
      variantId: v.id,
      productSlug: v.product.slug,
      productName: v.product.name,
      variantTitle: variantTitle(v.product.optionNames, v.optionValues),
      sku: v.sku,
      quantity: line.quantity,
      unitPrice: { amountMinor: v.priceMinor, currency: v.currency },
      lineTotal: { amountMinor: v.priceMinor * line.quantity, currency: v.currency },
      available,
      stockState: stockStateOf(available),
      image: v.product.images[0] ?? null,
      problem: !buyable ? "unavailable" : available < line.quantity ? "insufficient_stock" : null,
    };
  });
  return {
    id: cartId,
    lines: views,
    itemCount: views.reduce((n, l) => n + l.quantity, 0),
    subtotal: { amountMinor: views.reduce((n, l) => n + l.lineTotal.amountMinor, 0), currency },
    canCheckout: views.length > 0 && views.every((l) => l.problem === null),
  };
}

/** Items in the cart, for the header badge: one small query. */
export async function countCartItems(db: Db, ref: CartRef): Promise<number> {
  const cartId = await findCartId(db, ref);
  if (!cartId) return 0;
  const sum = await db.cartLine.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return sum._sum.quantity ?? 0;
}
