import { z } from "zod";
import { signToken, verifyToken } from "@/lib/security/signed-token";
import { safeString } from "@/lib/validation";

// "This provider account wants to join that shop account": carried in a cookie from the provider's callback to the
// password form, for ten minutes. The link is made only when the account's owner signs in with the password while
// it is present (lib/auth/open-session.ts), so an e-mail address alone never hands over an account.

export const OIDC_LINK_COOKIE = "oidc_link";
export const OIDC_LINK_MAX_AGE_SECONDS = 10 * 60;
const PURPOSE = "oidc-link";

const linkSchema = z.strictObject({
  provider: safeString().regex(/^[a-z0-9]{1,20}$/),
  subject: safeString().min(1).max(255),
  email: safeString().max(320),
  userId: z.uuid(),
  expires: z.number().int(),
});

export type PendingLink = z.infer<typeof linkSchema>;

export function issueLinkToken(link: Omit<PendingLink, "expires">, now = Date.now()): string {
  const payload = Buffer.from(
    JSON.stringify({ ...link, expires: Math.floor(now / 1000) + OIDC_LINK_MAX_AGE_SECONDS }),
  ).toString("base64url");
  return `${payload}.${signToken(PURPOSE, payload)}`;
}

export function readLinkToken(raw: string | undefined, now = Date.now()): PendingLink | null {
  if (!raw || raw.length > 2_000) return null;
  const [payload = "", signature = ""] = raw.split(".");
  if (!verifyToken(PURPOSE, payload, signature)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const link = linkSchema.safeParse(value);
  if (!link.success || link.data.expires * 1000 <= now) return null;
  return link.data;
}
