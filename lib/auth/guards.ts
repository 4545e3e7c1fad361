import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/accounts/types";
import { getCurrentUser, getCurrentUserFromRequest } from "./current-user";
import { requireAdministrator } from "./roles";

// Every route handler and server action calls one of these itself; proxy.ts is never the only guard.

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Log in to continue.");
  return user;
}

/** The same rule for route handlers, from the Request's own Cookie header. */
export async function requireUserOf(request: Request): Promise<CurrentUser> {
  const user = await getCurrentUserFromRequest(request);
  if (!user) throw new AppError("unauthenticated", "Log in to continue.");
  return user;
}

export async function requireStaff(): Promise<CurrentUser> {
  const user = await requireUser();
  if (user.role !== "STAFF" && user.role !== "ADMIN") throw new AppError("forbidden", "Staff only.");
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await requireUser();
  requireAdministrator(user);
  return user;
}
