import * as client from "openid-client";
import { type OidcProviderSetting, env, oidcProviders } from "@/lib/env";

// The relying-party side of OpenID Connect, through openid-client: discovery (cached per provider), the
// authorisation URL with PKCE (S256), state and nonce, and the code exchange that checks all three and validates the
// ID token (signature, issuer, audience, expiry, nonce).

const configurations = new Map<string, Promise<client.Configuration>>();

export function providerSetting(id: string): OidcProviderSetting | undefined {
  return oidcProviders.find((provider) => provider.id === id);
}

/** Where the provider sends the browser back: register this URL with the provider. */
export function callbackUrl(providerId: string): string {
  return new URL(`/api/auth/oidc/${providerId}/callback`, env.PUBLIC_BASE_URL).toString();
}

function configuration(provider: OidcProviderSetting): Promise<client.Configuration> {
  let config = configurations.get(provider.id);
  if (!config) {
    // Plain http only for a provider on loopback (env.ts refuses any other http issuer).
    const insecure = provider.issuer.startsWith("http://");
    config = client.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: 10,
    });
    // A failed discovery is tried again on the next sign-in rather than remembered.
    config.catch(() => configurations.delete(provider.id));
    configurations.set(provider.id, config);
  }
  return config;
}

export interface AuthorisationStart {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

export async function startAuthorisation(provider: OidcProviderSetting): Promise<AuthorisationStart> {
  const config = await configuration(provider);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(provider.id),
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url: url.toString(), state, nonce, verifier };
}

/** What the provider vouches for, from the validated ID token. */
export interface ProviderClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

export async function finishAuthorisation(
  provider: OidcProviderSetting,
  query: URLSearchParams,
  checks: { state: string; nonce: string; verifier: string },
): Promise<ProviderClaims> {
  const config = await configuration(provider);
  // The URL the provider redirected to, rebuilt from PUBLIC_BASE_URL (never from the request's Host header).
  const current = new URL(callbackUrl(provider.id));
  for (const [key, value] of query) current.searchParams.append(key, value);
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("the provider returned no ID token");
  return {
    subject: claims.sub,
    email: typeof claims.email === "string" ? claims.email.trim().toLowerCase() : null,
    emailVerified: claims.email_verified === true,
    name: typeof claims.name === "string" ? claims.name.slice(0, 100) : null,
  };
}
