import type { Role } from "@/lib/accounts/types";
import { env } from "@/lib/env";

// Who must sign in with a second factor (STAFF_2FA): administrators by default, or every staff account. Customers
// choose for themselves.

export type StaffTwoFactorPolicy = "admins" | "all";

export function twoFactorRequiredFor(role: Role, policy: StaffTwoFactorPolicy = env.STAFF_2FA): boolean {
  return role === "ADMIN" || (policy === "all" && role === "STAFF");
}

/** Whether a session of this account is only valid when it was established with a second factor. */
export function sessionNeedsSecondFactor(user: { role: Role; twoFactorEnabledAt: Date | null }): boolean {
  return user.twoFactorEnabledAt !== null || twoFactorRequiredFor(user.role);
}
