import { getCart } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";

export const dynamic = "force-dynamic";

/** The caller's cart with live prices and availability. */
export const GET = handler({ auth: "public", shopper: true }, async ({ cart }) => getCart(db, cart, env.SHOP_CURRENCY));
