import type { Db } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError, notFound } from "@/lib/errors";
import { type CartRef, findCartId } from "./cart-ref";

// A line of the caller's cart is named by its own id or by its product variant's id: a cart holds one line per
// variant, so either names the same line (PUT /api/cart/lines/{variantId} creates it, PATCH and DELETE change it).
const lineNamed = (cartId: string, key: string) => ({ cartId, OR: [{ id: key }, { variantId: key }] });

/** The refusal for a quantity beyond the stock available, with the field message the forms show. */
export function outOfStock(available: number): AppError {
  if (available <= 0) {
    return new AppError("out_of_stock", "Sorry, that item is out of stock.", { fields: { quantity: "Out of stock." } });
  }
  const left = serverMessage("Only {count} left in stock.", { count: available });
  return new AppError("out_of_stock", left, { fields: { quantity: left } });
}

/** The caller's line named by `key` (line id or variant id), or null; never a line of someone else's cart. */
export async function findCartLine(db: Db, ref: CartRef, key: string): Promise<{ id: string; cartId: string } | null> {
  const cartId = await findCartId(db, ref);
  return cartId ? db.cartLine.findFirst({ where: lineNamed(cartId, key), select: { id: true, cartId: true } }) : null;
}

/** Sets a line's quantity. A line outside the caller's cart is "not found", whoever owns it. */
export async function updateCartLine(db: Db, ref: CartRef, key: string, quantity: number): Promise<void> {
  const cartId = await findCartId(db, ref);
  const line = cartId
    ? await db.cartLine.findFirst({
        where: lineNamed(cartId, key),
        select: { id: true, variant: { select: { stockOnHand: true, stockReserved: true } } },
      })
    : null;
  if (!cartId || !line) throw notFound("That cart line was not found.");
  const available = line.variant.stockOnHand - line.variant.stockReserved;
  if (quantity > available) throw outOfStock(available);
  await db.cartLine.updateMany({ where: { id: line.id, cartId }, data: { quantity } });
}

export async function removeCartLine(db: Db, ref: CartRef, key: string): Promise<void> {
  const cartId = await findCartId(db, ref);
  const { count } = cartId ? await db.cartLine.deleteMany({ where: lineNamed(cartId, key) }) : { count: 0 };
  if (count === 0) throw notFound("That cart line was not found.");
}
