import { db } from "@/lib/db";
import { handler } from "@/lib/http/handler";
import { challengeCookieHeader, issueChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { registrationOptions } from "@/lib/passkeys/register-passkey";

// Options to create a passkey; the challenge goes into a signed cookie.
export const POST = handler({ auth: "customer" }, async ({ user }) => {
  const options = await registrationOptions(db, user);
  return Response.json(options, {
    headers: {
      "cache-control": "no-store",
      "set-cookie": challengeCookieHeader(issueChallengeCookie("register", options.challenge, user.id)),
    },
  });
});
