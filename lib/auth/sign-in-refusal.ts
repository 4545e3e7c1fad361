import { WRONG_CREDENTIALS } from "@/lib/accounts/log-in";
import { STAFF_USE_SSO } from "@/lib/two-factor/sign-in-step";

/** The answer to a sign-in whose CSRF token did not match next-auth's cookie. */
export const CSRF_REFUSED = "This form could not be read. Reload the page and try again.";

// A browser that posted straight to next-auth's credentials callback comes back to /login?error=<code> (next-auth's
// convention); the page shows the shop's message for the code. Only these fixed texts are ever shown, never the
// query's own words.
const messages: Record<string, string> = {
  unauthenticated: WRONG_CREDENTIALS,
  invalid_input: WRONG_CREDENTIALS,
  CredentialsSignin: WRONG_CREDENTIALS,
  rate_limited: "Too many attempts. Please wait a little and try again.",
  forbidden: STAFF_USE_SSO,
  csrf: CSRF_REFUSED,
};

/** The English message for a sign-in error code in the login page's address, or null for none. */
export function signInRefusal(code: string | string[] | undefined): string | null {
  if (typeof code !== "string") return null;
  return Object.hasOwn(messages, code)
    ? (messages[code] ?? null)
    : "Something went wrong on our side. Please try again.";
}
