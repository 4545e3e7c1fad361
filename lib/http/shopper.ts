import { z } from "zod";
import { CART_COOKIE } from "@/lib/auth/after-login";
import { getCurrentUser, getCurrentUserFromRequest } from "@/lib/auth/current-user";
import type { CartRef } from "@/lib/cart/cart-ref";
import { env } from "@/lib/env";
import { cookieJar, readCookie } from "./request-cookies";

// Who is shopping, for cart and checkout: the signed-in user, or the guest's cart cookie.
// Route handlers read the Request; pages and server actions read Next's cookie store.
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

export async function currentUserIdFromRequest(request: Request): Promise<string | null> {
  return (await getCurrentUserFromRequest(request))?.id ?? null;
}

export async function currentUserId(): Promise<string | null> {
  return (await getCurrentUser())?.id ?? null;
}

/** One cookie from a Cookie header (route handlers have the Request, not Next's cookie store). */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}

export async function cartRefFromRequest(request: Request): Promise<CartRef> {
  return {
    userId: await currentUserIdFromRequest(request),
    cartId: validCartId(cookieValue(request.headers.get("cookie"), CART_COOKIE)),
  };
}

/** The Set-Cookie header that keeps a guest's new cart, or null when nothing changed. */
export function cartCookieHeader(ref: CartRef, cartId: string): string | null {
  if (ref.userId || ref.cartId === cartId) return null;
  const o = cookieOptions();
  return `${CART_COOKIE}=${cartId}; Path=${o.path}; Max-Age=${o.maxAge}; HttpOnly; SameSite=Lax${o.secure ? "; Secure" : ""}`;
}

export async function currentCartRef(): Promise<CartRef> {
  const [cartCookie, userId] = await Promise.all([readCookie(CART_COOKIE), currentUserId()]);
  return { userId, cartId: validCartId(cartCookie) };
}

/** For server actions: keeps a guest's cart id in an HttpOnly cookie. */
export async function rememberCart(ref: CartRef, cartId: string): Promise<void> {
  if (ref.userId || ref.cartId === cartId) return;
  (await cookieJar()).set(CART_COOKIE, cartId, cookieOptions());
}
