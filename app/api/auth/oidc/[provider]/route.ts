import { providerSetting, startAuthorisation } from "@/lib/auth/oidc/client";
import { flowCookieHeader } from "@/lib/auth/oidc/cookies";
import { oidcProviderParams, oidcStartQuery } from "@/lib/auth/oidc/schemas";
import { OIDC_FLOW_COOKIE, OIDC_FLOW_MAX_AGE_SECONDS, issueFlowCookie } from "@/lib/auth/oidc/flow-state";
import { AppError } from "@/lib/errors";
import { handler } from "@/lib/http/handler";
import { safeReturnPath } from "@/lib/http/safe-redirect";

// Access: public. "Sign in with <provider>": remembers state, nonce and the PKCE verifier in a signed cookie and
// sends the browser to the provider.

export const GET = handler(
  { auth: "public", params: oidcProviderParams, query: oidcStartQuery },
  async ({ params: { provider: id }, query: { next } }) => {
    const provider = providerSetting(id);
    if (!provider) throw new AppError("not_found", "This sign-in provider is not configured.");
    let start;
    try {
      start = await startAuthorisation(provider);
    } catch {
      throw new AppError("service_unavailable", "The sign-in provider cannot be reached. Please try again later.", {
        retryAfterSeconds: 30,
      });
    }
    const flow = issueFlowCookie({
      provider: provider.id,
      state: start.state,
      nonce: start.nonce,
      verifier: start.verifier,
      next: safeReturnPath(next),
    });
    return new Response(null, {
      status: 303,
      headers: {
        location: start.url,
        "cache-control": "no-store",
        "set-cookie": flowCookieHeader(OIDC_FLOW_COOKIE, flow, {
          path: `/api/auth/oidc/${provider.id}`,
          maxAge: OIDC_FLOW_MAX_AGE_SECONDS,
        }),
      },
    });
  },
);
