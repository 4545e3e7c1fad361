import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/handler";
import { readCookie } from "@/lib/http/request-cookies";
import { PASSKEY_CHALLENGE_COOKIE, challengeCookieHeader, readChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { listPasskeys } from "@/lib/passkeys/manage-passkeys";
import { registerPasskey } from "@/lib/passkeys/register-passkey";
import { registerPasskeyBody } from "@/lib/passkeys/schemas";

// The signed-in account's passkeys (GET) and adding one (POST, the browser's
// answer to the options from POST /api/account/passkeys/options).

export const GET = handler({ auth: "customer" }, async ({ user }) => {
  return { passkeys: await listPasskeys(db, user.id) };
});

export const POST = handler(
  { auth: "customer", body: registerPasskeyBody, maxBodyBytes: 32 * 1024 },
  async ({ request, user, body }) => {
    const challenge = readChallengeCookie(await readCookie(PASSKEY_CHALLENGE_COOKIE, request), "register", user.id);
    if (!challenge) throw new AppError("invalid_input", "The passkey request has expired. Please try again.");
    const created = await registerPasskey(db, user.id, { ...body, expectedChallenge: challenge });
    return Response.json(created, { status: 201, headers: { "set-cookie": challengeCookieHeader("", 0) } });
  },
);
