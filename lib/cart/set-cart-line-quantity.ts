import type { Db } from "@/lib/db";
import { addToCart } from "./add-to-cart";
import type { CartRef } from "./cart-ref";
import { findCartLine, outOfStock, removeCartLine, updateCartLine } from "./change-cart-line";

/**
 * Replaces the caller's line for a variant whole (PUT): afterwards the cart holds exactly `quantity` of it, and 0
 * means no line. Repeating the call changes nothing more. The rules are those of the other cart paths, by calling
 * them: an existing line changes as a quantity change does (refused beyond the stock available), a new one is added
 * as an addition is (sold variants only, the line limit) — except that fewer than asked is refused, not capped,
 * since a replacement stores what it was given or nothing. Returns the cart id (null when the caller has none).
 */
export async function setCartLineQuantity(
  db: Db,
  ref: CartRef,
  variantId: string,
  quantity: number,
): Promise<{ cartId: string | null }> {
  const line = await findCartLine(db, ref, variantId);
  if (line) {
    if (quantity === 0) await removeCartLine(db, ref, line.id);
    else await updateCartLine(db, ref, line.id, quantity);
    return { cartId: line.cartId };
  }
  if (quantity === 0) return { cartId: ref.cartId };
  const added = await addToCart(db, ref, { variantId, quantity });
  if (added.capped) {
    // The line did not exist before this call, so taking it away again leaves the cart as it was.
    await db.cartLine.deleteMany({ where: { cartId: added.cartId, variantId } });
    throw outOfStock(added.quantity);
  }
  return { cartId: added.cartId };
}
