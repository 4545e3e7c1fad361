import { db } from "@/lib/db";
import { cookieJar, readCookie } from "@/lib/http/request-cookies";
import { log } from "@/lib/log";
import { OIDC_LINK_COOKIE, readLinkToken } from "./oidc/link-token";
import { linkIdentity } from "./oidc/resolve-account";
import type { SessionClaims } from "./session-token";
import { afterLogin } from "./after-login";
import { clearPendingSignIn, rememberDevice, startSession, trustThisDevice } from "./session";

export interface SessionStart {
  claims: SessionClaims;
  deviceToken: string;
  trustedDeviceToken?: string;
}

/** The end of every sign-in (form or API, with or without a second factor): session cookie, device cookies, cart. */
export async function openSession(start: SessionStart): Promise<void> {
  await startSession(start.claims);
  await afterSessionOpened(start);
}

/** Everything but the session cookie itself (which next-auth sets for a credentials sign-in). */
export async function afterSessionOpened(start: SessionStart): Promise<void> {
  await rememberDevice(start.deviceToken);
  if (start.trustedDeviceToken) await trustThisDevice(start.trustedDeviceToken);
  await clearPendingSignIn();
  await linkPendingIdentity(start.claims.userId);
  await afterLogin(start.claims.userId, await cookieJar());
}

/**
 * A provider account that asked to join this shop account (its verified e-mail matched) is linked once the owner
 * has signed in here by their own means; a pending link for another account is dropped.
 */
async function linkPendingIdentity(userId: string): Promise<void> {
  const raw = await readCookie(OIDC_LINK_COOKIE);
  if (raw === undefined) return;
  const link = readLinkToken(raw);
  if (link && link.userId === userId) {
    await linkIdentity(db, userId, link.provider, {
      subject: link.subject,
      email: link.email,
      emailVerified: true,
      name: null,
    });
    log.info("provider account linked", { provider: link.provider, userId });
  }
  (await cookieJar()).set(OIDC_LINK_COOKIE, "", { path: "/", maxAge: 0 });
}
