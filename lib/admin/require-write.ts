import { requireAdministrator } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { StaffActor } from "./staff-actor";

// The two rules for what a staff actor may do, each defined once: changes need write access (a session, or a WRITE
// token), and some areas are for administrators only (lib/auth/roles.ts). Domain functions call these themselves,
// whoever called them: the route wrapper, a server action or a job.

/** Domain functions that change something refuse a read-only API token themselves, whoever called them. */
export function requireWrite(actor: StaffActor): void {
  if (actor.scope !== "WRITE") throw new AppError("forbidden", "This API token may only read.");
}

/** Changes only administrators may make (staff accounts and roles, webhooks). */
export function requireAdminActor(actor: StaffActor): void {
  requireWrite(actor);
  requireAdministrator(actor);
}
