import { removeCartLine, updateCartLine } from "@/lib/cart/change-cart-line";
import { getCart } from "@/lib/cart/get-cart";
import { cartLineParamsSchema, updateCartLineSchema } from "@/lib/cart/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";
import { cartRefFromRequest } from "@/lib/http/shopper";

export const PATCH = handler(
  { params: cartLineParamsSchema, body: updateCartLineSchema, maxBodyBytes: 4096 },
  async ({ params, body, request }) => {
    const ref = await cartRefFromRequest(request);
    await updateCartLine(db, ref, params.lineId, body.quantity);
    return getCart(db, ref, env.SHOP_CURRENCY);
  },
);

export const DELETE = handler({ params: cartLineParamsSchema }, async ({ params, request }) => {
  const ref = await cartRefFromRequest(request);
  await removeCartLine(db, ref, params.lineId);
  return getCart(db, ref, env.SHOP_CURRENCY);
});
