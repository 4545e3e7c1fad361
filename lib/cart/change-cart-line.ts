import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { type CartRef, findCartId } from "./cart-ref";

/** Sets a line's quantity. A line outside the caller's cart is "not found", whoever owns it. */
export async function updateCartLine(db: Db, ref: CartRef, lineId: string, quantity: number): Promise<void> {
  const cartId = await findCartId(db, ref);
  const line = cartId
    ? await db.cartLine.findFirst({
        where: { id: lineId, cartId },
        select: { variant: { select: { stockOnHand: true, stockReserved: true } } },
      })
    : null;
  if (!cartId || !line) throw notFound("That cart line");
  const available = line.variant.stockOnHand - line.variant.stockReserved;
  if (quantity > available) {
    throw new AppError(
      "out_of_stock",
      available > 0 ? `Only ${available} left in stock.` : "Sorry, that item is out of stock.",
      {
        fields: { quantity: available > 0 ? `Only ${available} left in stock.` : "Out of stock." },
      },
    );
  }
  await db.cartLine.updateMany({ where: { id: lineId, cartId }, data: { quantity } });
}

export async function removeCartLine(db: Db, ref: CartRef, lineId: string): Promise<void> {
  const cartId = await findCartId(db, ref);
  const { count } = cartId ? await db.cartLine.deleteMany({ where: { id: lineId, cartId } }) : { count: 0 };
  if (count === 0) throw notFound("That cart line");
}
