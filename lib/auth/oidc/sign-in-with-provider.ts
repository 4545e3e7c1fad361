import { issueDeviceToken } from "@/lib/auth/device-cookie";
import { openSession } from "@/lib/auth/open-session";
import { setPendingSignIn } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import type { OidcProviderSetting } from "@/lib/env";
import { log } from "@/lib/log";
import { afterFirstFactor } from "@/lib/two-factor/sign-in-step";
import { finishAuthorisation } from "./client";
import type { OidcFlow } from "./flow-state";
import { issueLinkToken } from "./link-token";
import { type RefusalReason, resolveAccount } from "./resolve-account";

// The provider's callback, after the route has matched the flow cookie to the provider: code exchange (state, nonce
// and PKCE checked by openid-client), the account it is for, and then the same steps as a correct password —
// a second factor where the account has or needs one, then the session, the known-device cookie and the cart merge.

export type CallbackOutcome =
  | { kind: "signed-in"; location: string }
  | { kind: "second-factor"; location: string }
  | { kind: "confirm-password"; location: string; linkToken: string }
  | { kind: "refused"; reason: RefusalReason | "failed" };

export async function signInWithProvider(
  db: Db,
  provider: OidcProviderSetting,
  flow: OidcFlow,
  query: URLSearchParams,
  context: { signedInUserId: string | null; trustedDeviceToken: string | undefined },
): Promise<CallbackOutcome> {
  let claims;
  try {
    claims = await finishAuthorisation(provider, query, flow);
  } catch (error) {
    // A wrong state or nonce, a replayed or forged code, an error from the provider: nothing is signed in.
    log.warn("sign-in with provider refused", {
      provider: provider.id,
      reason: error instanceof Error ? error.message : "unknown",
    });
    return { kind: "refused", reason: "failed" };
  }
  const resolution = await resolveAccount(db, provider.id, claims, context.signedInUserId);
  if (resolution.kind === "refused") {
    log.warn("sign-in with provider refused", { provider: provider.id, reason: resolution.reason });
    return resolution;
  }
  if (resolution.kind === "confirm-password") {
    const linkToken = issueLinkToken({
      provider: provider.id,
      subject: claims.subject,
      email: resolution.email,
      userId: resolution.userId,
    });
    const location = `/login?link=${encodeURIComponent(provider.id)}&next=${encodeURIComponent(flow.next)}`;
    return { kind: "confirm-password", location, linkToken };
  }
  const loggedIn = {
    userId: resolution.userId,
    sessionVersion: resolution.sessionVersion,
    deviceToken: issueDeviceToken(resolution.userId),
  };
  const step = await afterFirstFactor(db, loggedIn, context.trustedDeviceToken, "provider");
  log.info("signed in with provider", { provider: provider.id, userId: resolution.userId });
  if (step.kind === "session") {
    await openSession(step);
    return { kind: "signed-in", location: flow.next };
  }
  await setPendingSignIn(step.pendingToken);
  const page = step.kind === "code" ? "/login/two-factor" : "/login/two-factor/setup";
  return { kind: "second-factor", location: `${page}?next=${encodeURIComponent(flow.next)}` };
}
