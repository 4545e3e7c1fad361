import { requireUserOf } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/shopper";
import { PASSKEY_CHALLENGE_COOKIE, challengeCookieHeader, readChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { listPasskeys } from "@/lib/passkeys/manage-passkeys";
import { registerPasskey } from "@/lib/passkeys/register-passkey";
import { registerPasskeyBody } from "@/lib/passkeys/schemas";

// Access: customer (any signed-in account). The account's passkeys (GET) and adding one (POST, the browser's
// answer to the options from POST /api/account/passkeys/options).

export const GET = handler({}, async ({ request }) => {
  const user = await requireUserOf(request);
  return { passkeys: await listPasskeys(db, user.id) };
});

export const POST = handler({ body: registerPasskeyBody, maxBodyBytes: 32 * 1024 }, async ({ request, body }) => {
  const user = await requireUserOf(request);
  const challenge = readChallengeCookie(
    cookieValue(request.headers.get("cookie"), PASSKEY_CHALLENGE_COOKIE),
    "register",
    user.id,
  );
  if (!challenge) throw new AppError("invalid_input", "The passkey request has expired. Please try again.");
  const created = await registerPasskey(db, user.id, { ...body, expectedChallenge: challenge });
  return Response.json(created, { status: 201, headers: { "set-cookie": challengeCookieHeader("", 0) } });
});
