import { env } from "@/lib/env";

// The WebAuthn relying party is the shop at PUBLIC_BASE_URL: its host name is the RP ID the authenticator binds
// each passkey to, and its origin the only one a response may come from (never the request's Host header).

const base = new URL(env.PUBLIC_BASE_URL);
export const relyingParty = { id: base.hostname, origin: base.origin, name: env.SHOP_NAME };
