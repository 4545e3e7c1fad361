import { cache } from "react";
import { userForSession } from "@/lib/accounts/user-for-session";
import type { CurrentUser } from "@/lib/accounts/types";
import { db } from "@/lib/db";
import { readSessionClaims } from "./session";

export type { CurrentUser };

/**
 * The logged-in user, or null. Checks the session version against the database on every call (deduplicated
 * within one render), so a cookie from before a logout or password change is rejected.
 */
export const getCurrentUser: () => Promise<CurrentUser | null> = cache(async () =>
  userForSession(db, await readSessionClaims()),
);
