// The shop's own cookies, in one place: anything that reads requests without the app's modules (the page cache in
// lib/runtime) must know which cookies make a page personal.

/** A guest's cart id. */
export const CART_COOKIE = "cart";
/** A short-lived note for the cart page: which guest items could not be taken over in full. */
export const CART_MERGE_NOTICE_COOKIE = "cart_merge";
/** next-auth's names for the session cookie, over http and https. */
export const SESSION_COOKIE_NAMES = { http: "next-auth.session-token", https: "__Secure-next-auth.session-token" };

/** Cookies whose presence changes what a page shows. */
export const PERSONAL_COOKIES: ReadonlySet<string> = new Set([
  CART_COOKIE,
  CART_MERGE_NOTICE_COOKIE,
  SESSION_COOKIE_NAMES.http,
  SESSION_COOKIE_NAMES.https,
]);

/**
 * A browser that has signed in to an account before (OWASP's "device cookie"): lets its owner past the per-account
 * login limit that strangers share. Not personal for the page cache: no page shows anything from it.
 */
export const KNOWN_DEVICE_COOKIE = "known_device";
