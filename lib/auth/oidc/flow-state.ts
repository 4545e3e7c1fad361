import { z } from "zod";
import { issueSignedJson, readSignedJson } from "@/lib/security/signed-token";
import { safeString } from "@/lib/validation";

// What the browser carries from "sign in with…" to the provider's callback: the provider, the state and nonce this
// shop sent, the PKCE verifier, and where to go afterwards. Signed (HMAC under a key derived from AUTH_SECRET) and
// kept in an httpOnly cookie scoped to the callback path for ten minutes, so a callback can only complete the flow
// this browser started (a forged or replayed state does not match).

export const OIDC_FLOW_COOKIE = "oidc_flow";
export const OIDC_FLOW_MAX_AGE_SECONDS = 10 * 60;
const PURPOSE = "oidc-flow";

const flowSchema = z.strictObject({
  provider: safeString().regex(/^[a-z0-9]{1,20}$/),
  state: safeString().regex(/^[\w-]{20,100}$/),
  nonce: safeString().regex(/^[\w-]{20,100}$/),
  verifier: safeString().regex(/^[\w-]{43,128}$/),
  next: safeString().max(500),
  expires: z.number().int(),
});

export type OidcFlow = z.infer<typeof flowSchema>;

export function issueFlowCookie(flow: Omit<OidcFlow, "expires">, now = Date.now()): string {
  return issueSignedJson(PURPOSE, flow, OIDC_FLOW_MAX_AGE_SECONDS, now);
}

export function readFlowCookie(raw: string | undefined, now = Date.now()): OidcFlow | null {
  return readSignedJson(PURPOSE, raw, flowSchema, now);
}
