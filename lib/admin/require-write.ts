import { AppError } from "@/lib/errors";
import type { StaffActor } from "./staff-actor";

/** Domain functions that change something refuse a read-only API token themselves, whoever called them. */
export function requireWrite(actor: StaffActor): void {
  if (actor.scope !== "WRITE") throw new AppError("forbidden", "This API token may only read.");
}

/** Staff accounts and roles are for administrators; checked again here, not only by the page or route. */
export function requireAdminActor(actor: StaffActor): void {
  requireWrite(actor);
  if (actor.role !== "ADMIN") throw new AppError("forbidden", "Administrators only.");
}
