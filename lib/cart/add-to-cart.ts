import type { Db } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { poolOf } from "@/lib/db/client";
import { shopRefusal } from "@/lib/db/errors";
import { AppError, notFound } from "@/lib/errors";
import type { CartRef } from "./cart-ref";
import { type CartRow, cartView } from "./get-cart";
import type { CartView } from "./types";
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
  try {
    const { rows } = await poolFor(db).query<AddedRow>({
      name: "cart.add",
      text: `SELECT ${ADDED_COLUMNS} FROM ${ADD_CALL}`,
      values: addValues(ref, input),
    });
    return added(rows[0]);
  } catch (error) {
    throw refusal(error);
  }
}

/**
 * addToCart, then the cart as getCart shows it, in the same statement: shop_cart_lines runs after the add and sees
 * its line. The add-to-cart API answers with both in one round trip.
 */
export async function addToCartAndRead(
  db: Db,
  ref: CartRef,
  input: AddCartLine,
  currency: string,
): Promise<{ added: AddToCartResult; cart: CartView }> {
  try {
    const { rows } = await poolFor(db).query<AddedRow & CartRow>({
      name: "cart.add-and-read",
      text: `SELECT ${ADDED_COLUMNS}, a.cart_id AS "cartId", x.* FROM ${ADD_CALL}
             LEFT JOIN LATERAL shop_cart_lines(a.cart_id) x ON true ORDER BY x.position`,
      values: addValues(ref, input),
    });
    return { added: added(rows[0]), cart: cartView(rows, currency) };
  } catch (error) {
    throw refusal(error);
  }
}

interface AddedRow {
  cart_id: string;
  line_quantity: number;
  wanted: number;
}

const ADDED_COLUMNS = "a.cart_id, a.line_quantity, a.wanted";
const ADD_CALL = "shop_add_to_cart($1::uuid, $2::uuid, $3::uuid, $4, $5, $6) a";
const addValues = (ref: CartRef, input: AddCartLine) => [
  input.variantId,
  ref.userId,
  ref.cartId,
  input.quantity,
  MAX_LINE_QUANTITY,
  MAX_CART_LINES,
];

function poolFor(db: Db) {
  const pool = poolOf(db);
  if (!pool) throw new Error("addToCart needs a client made by createDb");
  return pool;
}

function added(row: AddedRow | undefined): AddToCartResult {
  if (!row) throw new Error("shop_add_to_cart returned nothing");
  return { cartId: row.cart_id, quantity: row.line_quantity, capped: row.line_quantity < row.wanted };
}

/** shop_add_to_cart's refusals as the shopper's errors; anything else unchanged. */
function refusal(error: unknown): unknown {
  switch (shopRefusal(error)?.reason) {
    case "not_sold":
      return notFound("That product option was not found.");
    case "out_of_stock":
      return new AppError("out_of_stock", "Sorry, that item is out of stock.");
    case "too_many_lines":
      return new AppError(
        "conflict",
        serverMessage("A cart holds at most {count, plural, one {# item} other {# different items}}.", {
          count: MAX_CART_LINES,
        }),
      );
    default:
      return error;
  }
}
