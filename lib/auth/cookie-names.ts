// The shop's own cookies, in one place.

/** A guest's cart id. */
export const CART_COOKIE = "cart";
/** A short-lived note for the cart page: which guest items could not be taken over in full. */
export const CART_MERGE_NOTICE_COOKIE = "cart_merge";
/** next-auth's names for the session cookie, over http and https. */
export const SESSION_COOKIE_NAMES = { http: "next-auth.session-token", https: "__Secure-next-auth.session-token" };

/**
 * A browser that has signed in to an account before (OWASP's "device cookie"): lets its owner past the per-account
 * login limit that strangers share. Read only by the sign-in actions, never while a page renders.
 */
export const KNOWN_DEVICE_COOKIE = "known_device";
