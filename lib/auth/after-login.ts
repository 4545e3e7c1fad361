import type { cookies } from "next/headers";
import { z } from "zod";
import { mergeGuestCart } from "@/lib/cart/merge-carts";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { CART_COOKIE, CART_MERGE_NOTICE_COOKIE } from "./cookie-names";

export type RequestCookies = Awaited<ReturnType<typeof cookies>>;

export { CART_COOKIE, CART_MERGE_NOTICE_COOKIE };

/**
 * Runs right after a session is established (login form and login API): the guest cart found in the cookies moves
 * onto the account (quantities add up, capped at stock), and the shopper is told what did not fit.
 */
export async function afterLogin(userId: string, requestCookies: RequestCookies): Promise<void> {
  const guestCart = z.uuid().safeParse(requestCookies.get(CART_COOKIE)?.value);
  if (!guestCart.success) return;
  const changes = await mergeGuestCart(db, guestCart.data, userId);
  requestCookies.delete(CART_COOKIE);
  if (changes.length > 0) {
    // Numbers, not a sentence: the cart page words them in the shopper's language (cart.mergeLine).
    const summary = changes.slice(0, 5).map((c) => ({ name: c.productName, added: c.added, requested: c.requested }));
    requestCookies.set(CART_MERGE_NOTICE_COOKIE, JSON.stringify(summary), {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      maxAge: 600,
    });
  }
  log.info("guest cart merged", { userId, shortLines: changes.length });
}
