import { cookieJar } from "@/lib/http/request-cookies";
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
  await rememberDevice(start.deviceToken);
  if (start.trustedDeviceToken) await trustThisDevice(start.trustedDeviceToken);
  await clearPendingSignIn();
  await afterLogin(start.claims.userId, await cookieJar());
}
