import type { cookies } from "next/headers";
import { log } from "@/lib/log";

export type RequestCookies = Awaited<ReturnType<typeof cookies>>;

/**
 * Runs right after a session is established (login form and login API). Work that moves guest state onto the
 * account (e.g. merging the guest cart found in these cookies) belongs here.
 */
export function afterLogin(userId: string, requestCookies: RequestCookies): Promise<void> {
  log.info("user logged in", { userId, requestCookies: requestCookies.size });
  return Promise.resolve();
}
