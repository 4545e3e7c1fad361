import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/accounts/types";
import { getCurrentUser } from "./current-user";
import { requireAdministrator } from "./roles";

// The rules behind the access a route handler or server action declares (lib/http/access.ts), and pages' gates;
// proxy.ts is never the only guard. `request` is the route handler's Request; without it, Next's cookie store.

export async function requireUser(request?: Request): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) throw new AppError("unauthenticated", "Log in to continue.");
  return user;
}

export async function requireStaff(request?: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (user.role !== "STAFF" && user.role !== "ADMIN") throw new AppError("forbidden", "Staff only.");
  return user;
}

export async function requireAdmin(request?: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  requireAdministrator(user);
  return user;
}
