import type { StaffActor } from "@/lib/admin/staff-actor";
import { AppError } from "@/lib/errors";

/**
 * Webhooks send the shop's data to outside systems: administrators only, and changes only with a session or a
 * write token. Checked here as well as by the route wrapper, so server actions cannot skip it.
 */
export function requireWebhookAdmin(actor: StaffActor, access: "read" | "write"): void {
  if (actor.role !== "ADMIN") throw new AppError("forbidden", "Administrators only.");
  if (access === "write" && actor.scope !== "WRITE") throw new AppError("forbidden", "This API token may only read.");
}
