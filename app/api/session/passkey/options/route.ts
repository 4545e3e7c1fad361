import { handler } from "@/lib/http/handler";
import { authenticationOptions } from "@/lib/passkeys/authenticate-passkey";
import { challengeCookieHeader, issueChallengeCookie } from "@/lib/passkeys/challenge-cookie";

// Access: public. Options to sign in with a passkey; the challenge goes into a signed cookie.
export const POST = handler({ auth: "public" }, async () => {
  const options = await authenticationOptions();
  return Response.json(options, {
    headers: {
      "cache-control": "no-store",
      "set-cookie": challengeCookieHeader(issueChallengeCookie("authenticate", options.challenge)),
    },
  });
});
