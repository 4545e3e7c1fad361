import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/accounts/password";
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { env } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import type { ProviderClaims } from "./client";

// Which shop account a provider's sign-in is for. The provider's stable subject decides, never the e-mail alone:
//  - a linked identity signs in to its account;
//  - a signed-in shopper who started the flow links the identity to their own account;
//  - an e-mail that belongs to an existing account is linked only when the provider verified it AND the owner
//    proves the password (the caller sends them to the password form with a pending link);
//  - otherwise a verified e-mail gets a new customer account.
// Staff may be held to one provider and their e-mail domains (STAFF_SSO_ONLY, STAFF_SSO_DOMAINS).

export type Resolution =
  | { kind: "account"; userId: string; sessionVersion: number }
  | { kind: "confirm-password"; userId: string; email: string }
  | { kind: "refused"; reason: RefusalReason };

export type RefusalReason =
  "unverified-email" | "no-email" | "linked-elsewhere" | "disabled" | "staff-provider" | "staff-domain";

/** Whether staff may sign in with this provider and e-mail under STAFF_SSO_ONLY / STAFF_SSO_DOMAINS. */
export function staffSsoRefusal(providerId: string, email: string | null): RefusalReason | null {
  if (!env.STAFF_SSO_ONLY) return null;
  if (providerId !== env.STAFF_SSO_ONLY) return "staff-provider";
  const domains = env.STAFF_SSO_DOMAINS?.split(",");
  const domain = email?.split("@")[1];
  if (domains && (!domain || !domains.includes(domain))) return "staff-domain";
  return null;
}

export async function resolveAccount(
  db: Db,
  providerId: string,
  claims: ProviderClaims,
  signedInUserId: string | null,
): Promise<Resolution> {
  const identity = await db.oidcIdentity.findUnique({
    where: { provider_subject: { provider: providerId, subject: claims.subject } },
    select: { id: true, user: { select: { id: true, role: true, sessionVersion: true, disabledAt: true } } },
  });
  if (identity) {
    if (signedInUserId && signedInUserId !== identity.user.id) return { kind: "refused", reason: "linked-elsewhere" };
    const refusal = accountRefusal(identity.user, providerId, claims);
    if (refusal) return { kind: "refused", reason: refusal };
    await db.oidcIdentity.update({ where: { id: identity.id }, data: { lastUsedAt: new Date() } });
    return { kind: "account", userId: identity.user.id, sessionVersion: identity.user.sessionVersion };
  }

  if (signedInUserId) {
    const user = await db.user.findUniqueOrThrow({
      where: { id: signedInUserId },
      select: { id: true, role: true, sessionVersion: true, disabledAt: true },
    });
    const refusal = accountRefusal(user, providerId, claims);
    if (refusal) return { kind: "refused", reason: refusal };
    await linkIdentity(db, user.id, providerId, claims);
    return { kind: "account", userId: user.id, sessionVersion: user.sessionVersion };
  }

  if (!claims.email) return { kind: "refused", reason: "no-email" };
  // An address the provider has not confirmed proves nothing: it neither reaches an existing account nor creates
  // one (which would let someone claim an address before its owner registers).
  if (!claims.emailVerified) return { kind: "refused", reason: "unverified-email" };
  const existing = await db.user.findUnique({
    where: { email: claims.email },
    select: { id: true, role: true, disabledAt: true },
  });
  if (existing) {
    if (existing.disabledAt) return { kind: "refused", reason: "disabled" };
    if (existing.role !== "CUSTOMER" && env.STAFF_SSO_ONLY) {
      // Staff held to single sign-on have no password to prove: the shop's own identity provider, for an address
      // of the shop's domains, is what the merchant chose to trust for them.
      const refusal = staffSsoRefusal(providerId, claims.email);
      if (refusal) return { kind: "refused", reason: refusal };
      await linkIdentity(db, existing.id, providerId, claims);
      return resolveAccount(db, providerId, claims, null);
    }
    return { kind: "confirm-password", userId: existing.id, email: claims.email };
  }
  try {
    return await createAccount(db, providerId, { ...claims, email: claims.email });
  } catch (error) {
    // Registered (or signed in with the same provider account) a moment ago: treat it as the existing account.
    if (!isUniqueViolation(error)) throw error;
    return resolveAccount(db, providerId, claims, null);
  }
}

function accountRefusal(
  user: { role: string; disabledAt: Date | null },
  providerId: string,
  claims: ProviderClaims,
): RefusalReason | null {
  if (user.disabledAt) return "disabled";
  if (user.role !== "CUSTOMER") return staffSsoRefusal(providerId, claims.email);
  return null;
}

export async function linkIdentity(db: Db, userId: string, providerId: string, claims: ProviderClaims): Promise<void> {
  await db.oidcIdentity.upsert({
    where: { provider_subject: { provider: providerId, subject: claims.subject } },
    create: {
      userId,
      provider: providerId,
      subject: claims.subject,
      email: claims.email ?? "",
      lastUsedAt: new Date(),
    },
    update: { lastUsedAt: new Date() },
  });
}

async function createAccount(
  db: Db,
  providerId: string,
  claims: ProviderClaims & { email: string },
): Promise<Resolution> {
  // No password of its own: a random one nobody knows (the shopper can set one with "Forgot your password?").
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const name = claims.name?.trim() || (claims.email.split("@")[0] ?? "Customer");
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: claims.email, name, passwordHash, role: "CUSTOMER" },
      select: { id: true, sessionVersion: true },
    });
    await tx.oidcIdentity.create({
      data: {
        userId: user.id,
        provider: providerId,
        subject: claims.subject,
        email: claims.email,
        lastUsedAt: new Date(),
      },
    });
    await enqueueEmail(tx, { template: "welcome", to: claims.email, payload: { name } });
    return { kind: "account" as const, userId: user.id, sessionVersion: user.sessionVersion };
  });
}
