import type { Db } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { poolOf } from "@/lib/db/client";
import { shopRefusal } from "@/lib/db/errors";
import { AppError, notFound } from "@/lib/errors";
import type { CartRef } from "./cart-ref";
import { type AddCartLine, MAX_CART_LINES, MAX_LINE_QUANTITY } from "./schemas";

export interface AddToCartResult {
  cartId: string;
  quantity: number;
  /** True when fewer were added than asked, because of stock or the per-line maximum. */
  capped: boolean;
}

/**
 * Adds a product option to the caller's cart (made when there is none), capped at the per-line maximum and the
 * stock available, in one call to shop_add_to_cart (see its migration). What the storefront does not show cannot
 * be bought: an archived category hides its products too.
 */
export async function addToCart(db: Db, ref: CartRef, input: AddCartLine): Promise<AddToCartResult> {
  const pool = poolOf(db);
  if (!pool) throw new Error("addToCart needs a client made by createDb");
  try {
    const { rows } = await pool.query<{ cart_id: string; line_quantity: number; wanted: number }>({
      name: "cart.add",
      text: "SELECT cart_id, line_quantity, wanted FROM shop_add_to_cart($1::uuid, $2::uuid, $3::uuid, $4, $5, $6)",
      values: [input.variantId, ref.userId, ref.cartId, input.quantity, MAX_LINE_QUANTITY, MAX_CART_LINES],
    });
    const row = rows[0];
    if (!row) throw new Error("shop_add_to_cart returned nothing");
    return { cartId: row.cart_id, quantity: row.line_quantity, capped: row.line_quantity < row.wanted };
  } catch (error) {
    switch (shopRefusal(error)?.reason) {
      case "not_sold":
        throw notFound("That product option was not found.");
      case "out_of_stock":
        throw new AppError("out_of_stock", "Sorry, that item is out of stock.");
      case "too_many_lines":
        throw new AppError(
          "conflict",
          serverMessage("A cart holds at most {count, plural, one {# item} other {# different items}}.", {
            count: MAX_CART_LINES,
          }),
        );
      default:
        throw error;
    }
  }
}
