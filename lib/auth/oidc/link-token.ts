import { z } from "zod";
import { issueSignedJson, readSignedJson } from "@/lib/security/signed-token";
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
  return issueSignedJson(PURPOSE, link, OIDC_LINK_MAX_AGE_SECONDS, now);
}

export function readLinkToken(raw: string | undefined, now = Date.now()): PendingLink | null {
  return readSignedJson(PURPOSE, raw, linkSchema, now);
}
