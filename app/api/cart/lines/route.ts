import { addToCartAndRead } from "@/lib/cart/add-to-cart";
import { addCartLineSchema } from "@/lib/cart/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";
import { cartCookieHeader } from "@/lib/http/shopper";

/** Adds a product option; quantities add up to the per-line maximum and the stock available. */
export const POST = handler(
  { auth: "public", shopper: true, body: addCartLineSchema, maxBodyBytes: 4096 },
  async ({ body, cart: ref }) => {
    const { added: result, cart } = await addToCartAndRead(db, ref, body, env.SHOP_CURRENCY);
    const response = Response.json(
      { cart, added: { quantity: result.quantity, capped: result.capped } },
      { status: 201 },
    );
    const cookie = cartCookieHeader(ref, result.cartId);
    if (cookie) response.headers.set("set-cookie", cookie);
    return response;
  },
);
