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

/** Between the password and the second factor of a sign-in (lib/two-factor/sign-in-tokens.ts); not a session. */
export const TWO_FACTOR_PENDING_COOKIE = "two_factor_pending";
/** "Remember this device for 30 days": the second factor is not asked again on this browser for this account. */
export const TWO_FACTOR_TRUSTED_COOKIE = "two_factor_trusted";
