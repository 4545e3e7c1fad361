import type { StaffActor } from "@/lib/admin/staff-actor";
import { AppError } from "@/lib/errors";

/** Order changes need a credential that may write; the route wrapper checks this too, the domain does not rely on it. */
export function requireWrite(actor: StaffActor): void {
  if (actor.scope !== "WRITE") throw new AppError("forbidden", "This API token may only read.");
}
