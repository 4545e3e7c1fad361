import type { Role } from "@/lib/accounts/types";
import { AppError } from "@/lib/errors";

// Rules on roles, free of any session lookup so that domain code and jobs can use them too.

/** The administrator rule, for a session's user and a staff actor (session or API token) alike. */
export function requireAdministrator(who: { role: Role }): void {
  if (who.role !== "ADMIN") throw new AppError("forbidden", "Administrators only.");
}
