import { z } from "zod";
import { oidcProviderParams, oidcStartQuery } from "@/lib/auth/oidc/schemas";
import { authenticateBody, passkeyIdParams, registerPasskeyBody, renamePasskeyBody } from "@/lib/passkeys/schemas";
import { safeString } from "@/lib/validation";
import type { ApiOperation } from "../registry";

// Passkeys (WebAuthn) and sign-in with OpenID Connect providers: browser flows, documented for completeness.

const passkeySchema = z
  .object({
    id: z.uuid(),
    name: safeString(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Passkey" });

const webAuthnOptions = z
  .record(safeString(), z.unknown())
  .meta({ description: "WebAuthn options (JSON), to pass to the browser's navigator.credentials." });

const nextAuthParams = z.object({
  nextauth: safeString().meta({
    description: "next-auth's action: csrf, session, providers, callback/credentials, signout.",
  }),
});

const registrationExample = {
  name: "Laptop",
  response: {
    id: "AAAA",
    rawId: "AAAA",
    type: "public-key",
    clientExtensionResults: {},
    response: { clientDataJSON: "AAAA", attestationObject: "AAAA", transports: ["internal"] },
  },
};

export const signInOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/account/passkeys",
    tag: "Accounts",
    summary: "Lists the account's passkeys",
    audience: "customer",
    success: { status: 200, description: "The passkeys.", schema: z.object({ passkeys: z.array(passkeySchema) }) },
  },
  {
    method: "post",
    path: "/api/account/passkeys/options",
    tag: "Accounts",
    summary: "Starts adding a passkey",
    description:
      "WebAuthn creation options (resident key and user verification required, existing passkeys excluded); the challenge is kept for five minutes in a signed httpOnly cookie. At most 10 passkeys per account.",
    audience: "customer",
    success: { status: 200, description: "Creation options.", schema: webAuthnOptions },
    errors: ["conflict"],
  },
  {
    method: "post",
    path: "/api/account/passkeys",
    tag: "Accounts",
    summary: "Adds a passkey",
    description:
      "The browser's answer to the creation options, verified against the challenge, the shop's origin and relying-party id (the host of PUBLIC_BASE_URL), with user verification.",
    audience: "customer",
    body: registerPasskeyBody,
    example: registrationExample,
    success: { status: 201, description: "Added.", schema: z.object({ id: z.uuid() }) },
    errors: ["conflict"],
  },
  {
    method: "patch",
    path: "/api/account/passkeys/{id}",
    tag: "Accounts",
    summary: "Renames a passkey",
    audience: "customer",
    params: passkeyIdParams,
    body: renamePasskeyBody,
    example: { name: "Work laptop" },
    success: { status: 204, description: "Renamed." },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/account/passkeys/{id}",
    tag: "Accounts",
    summary: "Removes a passkey",
    audience: "customer",
    params: passkeyIdParams,
    success: { status: 204, description: "Removed; it no longer signs in." },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/session/passkey/options",
    tag: "Accounts",
    summary: "Starts signing in with a passkey",
    description: "WebAuthn request options for any passkey of this shop (discoverable credentials).",
    success: { status: 200, description: "Request options.", schema: webAuthnOptions },
  },
  {
    method: "post",
    path: "/api/session/passkey",
    tag: "Accounts",
    summary: "Signs in with a passkey",
    description:
      "The browser's signature over the challenge. A passkey with user verification is two factors: the session starts without a code. Throttled per client address; every failure gets the same answer.",
    body: authenticateBody,
    example: {
      response: {
        id: "AAAA",
        rawId: "AAAA",
        type: "public-key",
        clientExtensionResults: {},
        response: { clientDataJSON: "AAAA", authenticatorData: "AAAA", signature: "AAAA" },
      },
    },
    success: { status: 200, description: "Signed in.", schema: z.object({ userId: z.uuid() }) },
    errors: ["unauthenticated", "forbidden", "rate_limited"],
  },
  {
    method: "get",
    path: "/api/auth/oidc/{provider}",
    tag: "Accounts",
    summary: "Starts signing in with an OpenID Connect provider",
    description:
      "Redirects (303) to the provider's authorisation endpoint with PKCE (S256), state and nonce, remembered in a signed ten-minute cookie. `next` is where to go after signing in (a path of this shop).",
    params: oidcProviderParams,
    query: oidcStartQuery,
    success: { status: 303, description: "To the provider." },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/auth/oidc/{provider}/callback",
    tag: "Accounts",
    summary: "The provider's return to the shop",
    description:
      "Checks state, nonce and PKCE, validates the ID token, then redirects (303): into the shop signed in, to the second-factor step, to /login?link= to confirm a link with the password, or to /login?signin=<reason> when refused.",
    params: oidcProviderParams,
    success: { status: 303, description: "Where the browser goes next." },
  },
  {
    method: "get",
    path: "/api/auth/{nextauth}",
    tag: "Accounts",
    summary: "next-auth's standard reads: csrf, session, providers",
    description:
      "`csrf` gives the CSRF token (and sets next-auth's double-submit cookie) that every POST here must carry as `csrfToken`; `session` the signed-in account ({} when none, or when the session was ended); `providers` the credentials sign-in and each configured OpenID Connect provider with its sign-in and callback URLs. Other actions answer 404.",
    params: nextAuthParams,
    success: { status: 200, description: "next-auth's JSON answer.", schema: z.record(safeString(), z.unknown()) },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/auth/{nextauth}",
    tag: "Accounts",
    summary: "next-auth's sign-in and sign-out: callback/credentials, signout",
    description:
      "`callback/credentials` signs in with `email`, `password` and `csrfToken` (form or JSON): the shop's password check with its rate limits and enumeration-safe refusal; an account with a second factor gets no session but the two-factor step. `signout` ends the account's sessions on every device. A missing or wrong CSRF token is refused with 403.",
    params: nextAuthParams,
    success: { status: 200, description: "Where to go next (`url`), with the session cookie set or cleared." },
    errors: ["forbidden", "not_found", "rate_limited", "unsupported_media_type"],
  },
];
