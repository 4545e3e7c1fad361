import { removeCartLine, updateCartLine } from "@/lib/cart/change-cart-line";
import { getCart } from "@/lib/cart/get-cart";
import { cartLineRouteParamsSchema, setCartLineSchema, updateCartLineSchema } from "@/lib/cart/schemas";
import { setCartLineQuantity } from "@/lib/cart/set-cart-line-quantity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";
import { cartCookieHeader } from "@/lib/http/shopper";

// {line} is the line's id or its product variant's id (one line per variant in a cart).

/** Replaces the variant's line whole: exactly this quantity afterwards (0: no line). Idempotent. */
export const PUT = handler(
  { auth: "public", shopper: true, params: cartLineRouteParamsSchema, body: setCartLineSchema, maxBodyBytes: 4096 },
  async ({ params, body, cart: ref }) => {
    const { cartId } = await setCartLineQuantity(db, ref, params.line, body.quantity);
    const response = Response.json(await getCart(db, { ...ref, cartId }, env.SHOP_CURRENCY));
    const cookie = cartId ? cartCookieHeader(ref, cartId) : null;
    if (cookie) response.headers.set("set-cookie", cookie);
    return response;
  },
);

/** Changes an existing line's quantity. */
export const PATCH = handler(
  { auth: "public", shopper: true, params: cartLineRouteParamsSchema, body: updateCartLineSchema, maxBodyBytes: 4096 },
  async ({ params, body, cart: ref }) => {
    await updateCartLine(db, ref, params.line, body.quantity);
    return getCart(db, ref, env.SHOP_CURRENCY);
  },
);

export const DELETE = handler(
  { auth: "public", shopper: true, params: cartLineRouteParamsSchema },
  async ({ params, cart: ref }) => {
    await removeCartLine(db, ref, params.line);
    return getCart(db, ref, env.SHOP_CURRENCY);
  },
);
