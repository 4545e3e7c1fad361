import { z } from "zod";
import { CART_COOKIE } from "@/lib/auth/after-login";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { CartRef } from "@/lib/cart/cart-ref";
import { env } from "@/lib/env";
import { cookieJar, readCookie } from "./request-cookies";

// Who is shopping, for cart and checkout: the signed-in user, or the guest's cart cookie.
// Route handlers pass their Request; pages and server actions read Next's cookie store (lib/http/request-cookies.ts).
export { CART_COOKIE };
const CART_MAX_AGE_SECONDS = 30 * 24 * 3600;
const uuid = z.uuid();

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: env.PUBLIC_BASE_URL.startsWith("https:"),
  path: "/",
  maxAge: CART_MAX_AGE_SECONDS,
});

function validCartId(value: string | undefined): string | null {
  return value && uuid.safeParse(value).success ? value : null;
}

/** The Set-Cookie header that keeps a guest's new cart, or null when nothing changed. */
export function cartCookieHeader(ref: CartRef, cartId: string): string | null {
  if (ref.userId || ref.cartId === cartId) return null;
  const o = cookieOptions();
  return `${CART_COOKIE}=${cartId}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? "; Secure" : ""}`;
}

/** The signed-in user's id, or null: from the Request in route handlers, else from Next's cookie store. */
export async function currentUserId(request?: Request): Promise<string | null> {
  return (await getCurrentUser(request))?.id ?? null;
}

/** Whose cart: the signed-in user's, or the guest's cookie. Route handlers pass their Request. */
export async function currentCartRef(request?: Request): Promise<CartRef> {
  return cartRefFor(await getCurrentUser(request), request);
}

/** The same for a user already resolved (the route and action wrappers resolve the user once per request). */
export async function cartRefFor(user: { id: string } | null, request?: Request): Promise<CartRef> {
  return { userId: user?.id ?? null, cartId: validCartId(await readCookie(CART_COOKIE, request)) };
}

/** For server actions: keeps a guest's cart id in an HttpOnly cookie. */
export async function rememberCart(ref: CartRef, cartId: string): Promise<void> {
  if (ref.userId || ref.cartId === cartId) return;
  (await cookieJar()).set(CART_COOKIE, cartId, cookieOptions());
}
