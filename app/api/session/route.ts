import { endAllSessions } from "@/lib/accounts/end-all-sessions";
import { logIn } from "@/lib/accounts/log-in";
import { loginSchema } from "@/lib/accounts/schemas";
import { KNOWN_DEVICE_COOKIE, TWO_FACTOR_TRUSTED_COOKIE } from "@/lib/auth/cookie-names";
import { openSession } from "@/lib/auth/open-session";
import { clearSessionCookie, setPendingSignIn } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/request-cookies";
import { afterPassword } from "@/lib/two-factor/sign-in-step";

// Log in (POST) and log out everywhere (DELETE) for JSON clients; the login form uses the same domain functions.
// An account with two-factor sign-in gets `{ twoFactorRequired: true }` and a pending cookie, no session: the code
// goes to POST /api/session/two-factor.

export const POST = handler(
  { auth: "public", body: loginSchema, maxBodyBytes: 4 * 1024 },
  async ({ request, body }) => {
    const cookies = request.headers.get("cookie");
    const loggedIn = await logIn(db, body, {
      clientAddress: clientAddress(request.headers),
      deviceToken: cookieValue(cookies, KNOWN_DEVICE_COOKIE),
    });
    const step = await afterPassword(db, loggedIn, cookieValue(cookies, TWO_FACTOR_TRUSTED_COOKIE));
    if (step.kind === "enrol") {
      throw new AppError(
        "forbidden",
        "Your role requires two-factor sign-in: set it up by logging in at /login first.",
      );
    }
    if (step.kind === "code") {
      await setPendingSignIn(step.pendingToken);
      return { twoFactorRequired: true };
    }
    await openSession(step);
    return { userId: loggedIn.userId };
  },
);

export const DELETE = handler({ auth: "customer" }, async ({ user }) => {
  await endAllSessions(db, user.id);
  await clearSessionCookie();
  return new Response(null, { status: 204 });
});
