import { cache } from "react";
import { userForSession } from "@/lib/accounts/user-for-session";
import type { CurrentUser } from "@/lib/accounts/types";
import { db } from "@/lib/db";
import { readSessionClaims } from "./session";
import { SESSION_COOKIE, readSessionToken } from "./session-token";

export type { CurrentUser };

/**
 * The logged-in user, or null. Checks the session version against the database on every call (deduplicated
 * within one render), so a cookie from before a logout or password change is rejected.
 */
export const getCurrentUser: () => Promise<CurrentUser | null> = cache(async () =>
  userForSession(db, await readSessionClaims()),
);

/** The same, from a Request's Cookie header: for code that has the Request at hand rather than Next's cookie store. */
export async function getCurrentUserFromRequest(request: Request): Promise<CurrentUser | null> {
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`));
  const raw = cookie ? decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1)) : undefined;
  return userForSession(db, await readSessionToken(raw));
}
