import type { Db } from "@/lib/db";
import { poolOf } from "@/lib/db/client";
import { stockStateOf } from "@/lib/catalog/stock-state";
import { type CartRef, queryCallerCart } from "./cart-ref";
import type { CartLineView, CartView } from "./types";
import { variantTitle } from "./variant-title";

interface CartLineRow {
  id: string;
  variantId: string;
  sku: string;
  quantity: number;
  priceMinor: number;
  currency: string;
  stockOnHand: number;
  stockReserved: number;
  active: boolean;
  optionValues: unknown;
  productSlug: string;
  productName: string;
  productStatus: string;
  optionNames: string[];
  imageUrl: string | null;
  imageAlt: string | null;
}

/** The cart's id with one of its lines, or with nulls for a cart without lines (the outer join). */
export type CartRow = { cartId: string } & (CartLineRow | { [K in keyof CartLineRow]: null });
const isLine = (row: CartRow): row is { cartId: string } & CartLineRow => row.id !== null;

const emptyCart = (currency: string): CartView => ({
  id: null,
  lines: [],
  itemCount: 0,
  subtotal: { amountMinor: 0, currency },
  canCheckout: false,
});

/** The caller's cart with its lines (shop_cart_lines, see its migration), in the cart's order. */
const CART_LINES_SQL = `SELECT c.id AS "cartId", x.* FROM carts c LEFT JOIN LATERAL shop_cart_lines(c.id) x ON true`;

/**
 * The cart with live prices and availability; lines that cannot be bought say why. One prepared query: the cart
 * page and the cart API read it, and add to cart in the statement that adds (addToCartAndRead).
 */
export async function getCart(db: Db, ref: CartRef, currency: string): Promise<CartView> {
  const pool = poolOf(db);
  if (!pool) throw new Error("getCart needs a client made by createDb");
  const rows = await queryCallerCart<CartRow>(pool, ref, {
    name: "cart.read",
    select: CART_LINES_SQL,
    orderBy: "x.position",
  });
  return cartView(rows, currency);
}

/** The cart's view from shop_cart_lines' rows (with the cart's id on each; one row of nulls for a cart without lines). */
export function cartView(rows: CartRow[], currency: string): CartView {
  const cartId = rows[0]?.cartId;
  if (!cartId) return emptyCart(currency);
  const views: CartLineView[] = rows.filter(isLine).map((row) => {
    const available = Math.max(0, row.stockOnHand - row.stockReserved);
    const buyable = row.active && row.productStatus === "ACTIVE";
    return {
      id: row.id,
      variantId: row.variantId,
      productSlug: row.productSlug,
      productName: row.productName,
      variantTitle: variantTitle(row.optionNames, row.optionValues),
      sku: row.sku,
      quantity: row.quantity,
      unitPrice: { amountMinor: row.priceMinor, currency: row.currency },
      lineTotal: { amountMinor: row.priceMinor * row.quantity, currency: row.currency },
      available,
      stockState: stockStateOf(available),
      image: row.imageUrl !== null ? { url: row.imageUrl, alt: row.imageAlt ?? "" } : null,
      problem: !buyable ? "unavailable" : available < row.quantity ? "insufficient_stock" : null,
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

/** Items in the cart, for the header badge of every page rendered for a shopper: one prepared query. */
export async function countCartItems(db: Db, ref: CartRef): Promise<number> {
  const pool = poolOf(db);
  if (!pool) throw new Error("countCartItems needs a client made by createDb");
  const rows = await queryCallerCart<{ items: number }>(pool, ref, {
    name: "cart.count",
    select: `SELECT (SELECT coalesce(sum(l.quantity), 0)::int FROM cart_lines l WHERE l."cartId" = c.id) AS items
             FROM carts c`,
  });
  return rows[0]?.items ?? 0;
}
