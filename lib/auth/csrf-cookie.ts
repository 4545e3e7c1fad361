import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret, secureCookies } from "./session-token";

// next-auth's CSRF protection is a double-submit cookie: "<token>|sha256(<token><secret>)", and the same token in the
// form. next-auth sets it from its own routes; the login page is a page, which cannot set cookies, so proxy.ts
// makes one in next-auth's format for the page to put in its form. next-auth itself checks it on every POST.

export const CSRF_COOKIE = `${secureCookies ? "__Host-" : ""}next-auth.csrf-token`;

export const csrfCookieOptions = { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies } as const;

const hashOf = (token: string) => createHash("sha256").update(`${token}${authSecret()}`).digest("hex");

/** The token in a CSRF cookie, or null when the cookie is missing or was not made with this shop's secret. */
export function csrfTokenOf(cookie: string | undefined): string | null {
  const [token, hash] = cookie?.split("|") ?? [];
  if (!token || !hash || !/^[0-9a-f]{64}$/.test(hash)) return null;
  return timingSafeEqual(Buffer.from(hash), Buffer.from(hashOf(token))) ? token : null;
}

/** A new cookie value, as next-auth makes it. */
export function newCsrfCookie(): { token: string; cookie: string } {
  const token = randomBytes(32).toString("hex");
  return { token, cookie: `${token}|${hashOf(token)}` };
}
