import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { dropShopSettings } from "./settings-cache";

/** Deletes a pickup location; orders collected there keep its snapshot (name, address, hours). */
export async function deletePickupLocation(db: Db, actor: StaffActor, id: string): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.pickupLocation.findUnique({
      where: { id },
      select: { name: true, line1: true, city: true, postalCode: true, country: true },
    });
    if (!before) throw notFound("The pickup location was not found.");
    await tx.pickupLocation.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "pickup_location.delete",
      entityType: "pickup_location",
      entityId: id,
      before,
    });
  });
  dropShopSettings();
}
