import { getCart } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";
import { cartRefFromRequest } from "@/lib/http/shopper";

export const dynamic = "force-dynamic";

/** The caller's cart with live prices and availability. */
export const GET = handler({}, async ({ request }) =>
  getCart(db, await cartRefFromRequest(request), env.SHOP_CURRENCY),
);
