import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Role } from "@/lib/accounts/types";

/** The account holder acting on their own account, as the audit log records it ("account", not a staff session). */
export function selfActor(user: { id: string; email: string; role: Role }): StaffActor {
  return { userId: user.id, email: user.email, role: user.role, via: "account", scope: "WRITE" };
}
