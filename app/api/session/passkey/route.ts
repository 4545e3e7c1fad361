import { loginLimits } from "@/lib/accounts/rate-limits";
import { openSession } from "@/lib/auth/open-session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/request-cookies";
import { authenticatePasskey } from "@/lib/passkeys/authenticate-passkey";
import { PASSKEY_CHALLENGE_COOKIE, challengeCookieHeader, readChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { authenticateBody } from "@/lib/passkeys/schemas";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { afterFirstFactor } from "@/lib/two-factor/sign-in-step";

// Access: public. Signs in with a passkey: the browser's signature over the challenge from
// POST /api/session/passkey/options. A passkey with user verification is two factors, so no code is asked.
export const POST = handler(
  { auth: "public", body: authenticateBody, maxBodyBytes: 32 * 1024 },
  async ({ request, body }) => {
    await consumeRateLimit(db, {
      key: `login:address:${clientAddress(request.headers)}`,
      limit: loginLimits.perAddress,
      windowSeconds: loginLimits.windowSeconds,
    });
    const challenge = readChallengeCookie(
      cookieValue(request.headers.get("cookie"), PASSKEY_CHALLENGE_COOKIE),
      "authenticate",
    );
    if (!challenge) throw new AppError("invalid_input", "The passkey request has expired. Please try again.");
    const loggedIn = await authenticatePasskey(db, body.response, challenge);
    const step = await afterFirstFactor(db, loggedIn, undefined, "passkey");
    if (step.kind !== "session") throw new AppError("unauthenticated", "That passkey could not sign you in.");
    await openSession(step);
    return Response.json({ userId: loggedIn.userId }, { headers: { "set-cookie": challengeCookieHeader("", 0) } });
  },
);
