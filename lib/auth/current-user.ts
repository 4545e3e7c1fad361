import { cache } from "react";
import { userForSession } from "@/lib/accounts/user-for-session";
import type { CurrentUser } from "@/lib/accounts/types";
import { db } from "@/lib/db";
import { readCookie } from "@/lib/http/request-cookies";
import { SESSION_COOKIE, readSessionToken } from "./session-token";

export type { CurrentUser };

/**
 * The logged-in user, or null: from the Request's Cookie header when given (route handlers), else from Next's
 * cookie store. Checks the session version against the database on every call (deduplicated within one render),
 * so a cookie from before a logout or password change is rejected.
 */
export const getCurrentUser: (request?: Request) => Promise<CurrentUser | null> = cache(async (request?: Request) =>
  userForSession(db, await readSessionToken(await readCookie(SESSION_COOKIE, request))),
);
