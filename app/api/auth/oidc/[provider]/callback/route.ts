import { TWO_FACTOR_TRUSTED_COOKIE } from "@/lib/auth/cookie-names";
import { providerSetting } from "@/lib/auth/oidc/client";
import { oidcProviderParams } from "@/lib/auth/oidc/schemas";
import { flowCookieHeader } from "@/lib/auth/oidc/cookies";
import { OIDC_FLOW_COOKIE, readFlowCookie } from "@/lib/auth/oidc/flow-state";
import { OIDC_LINK_COOKIE, OIDC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/oidc/link-token";
import { signInWithProvider } from "@/lib/auth/oidc/sign-in-with-provider";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { handler } from "@/lib/http/handler";
import { cookieValue } from "@/lib/http/request-cookies";

// Access: public (the flow cookie this browser got when it started, and the provider's signed answer, decide).
// The provider sends the browser back here. Every outcome is a redirect: into the shop when signed in, to the
// second-factor step, to the password form to confirm a link, or to /login with the reason for a refusal.

const redirectTo = (path: string, cookies: string[]) => {
  const headers = new Headers({ location: new URL(path, env.PUBLIC_BASE_URL).toString(), "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
};

export const GET = handler(
  { auth: "public", shopper: true, params: oidcProviderParams },
  async ({ request, user, params: { provider: id } }) => {
    const cookies = request.headers.get("cookie");
    const clearFlow = flowCookieHeader(OIDC_FLOW_COOKIE, "", { path: `/api/auth/oidc/${id}`, maxAge: 0 });
    const refuse = (reason: string) => redirectTo(`/login?signin=${reason}`, [clearFlow]);
    const provider = providerSetting(id);
    const flow = readFlowCookie(cookieValue(cookies, OIDC_FLOW_COOKIE));
    // No flow, an expired one, or one started for another provider: this browser did not start this sign-in.
    if (!provider || !flow || flow.provider !== id) return refuse("expired");
    const outcome = await signInWithProvider(db, provider, flow, new URL(request.url).searchParams, {
      signedInUserId: user?.id ?? null,
      trustedDeviceToken: cookieValue(cookies, TWO_FACTOR_TRUSTED_COOKIE),
    });
    if (outcome.kind === "refused") return refuse(outcome.reason);
    if (outcome.kind === "confirm-password") {
      const link = flowCookieHeader(OIDC_LINK_COOKIE, outcome.linkToken, {
        path: "/",
        maxAge: OIDC_LINK_MAX_AGE_SECONDS,
      });
      return redirectTo(outcome.location, [clearFlow, link]);
    }
    return redirectTo(outcome.location, [clearFlow]);
  },
);
