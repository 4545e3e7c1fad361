import { cookies } from "next/headers";
import {
  SESSION_COOKIE,
  type SessionClaims,
  issueSessionToken,
  readSessionToken,
  sessionCookieOptions,
} from "./session-token";

// The session cookie as seen from a request (route handler, server action or server component).

export async function readSessionClaims(): Promise<SessionClaims | null> {
  const jar = await cookies();
  return readSessionToken(jar.get(SESSION_COOKIE)?.value);
}

/** Sets the session cookie; only callable where cookies may be written (server actions, route handlers). */
export async function startSession(claims: SessionClaims): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, await issueSessionToken(claims), sessionCookieOptions);
}

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  jar.set(SESSION_COOKIE, "", { ...sessionCookieOptions, maxAge: 0 });
}
