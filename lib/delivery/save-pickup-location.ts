import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { PickupLocationInput } from "./admin-schemas";
import { dropShopSettings } from "./settings-cache";

/** Creates a click & collect pickup location or changes one. Orders keep the snapshot they were placed with. */
export async function savePickupLocation(
  db: Db,
  actor: StaffActor,
  input: PickupLocationInput,
): Promise<{ id: string }> {
  requireWrite(actor);
  const saved = await db.$transaction(async (tx) => {
    const before = input.id ? await tx.pickupLocation.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !before) throw notFound("The pickup location was not found.");
    const data = {
      name: input.name,
      line1: input.line1,
      line2: input.line2,
      city: input.city,
      postalCode: input.postalCode,
      country: input.country,
      openingHours: input.openingHours,
      active: input.active,
      position: input.position,
    };
    const location = before
      ? await tx.pickupLocation.update({ where: { id: before.id }, data })
      : await tx.pickupLocation.create({ data });
    await recordAudit(tx, actor, {
      action: before ? "pickup_location.update" : "pickup_location.create",
      entityType: "pickup_location",
      entityId: location.id,
      before: before
        ? {
            name: before.name,
            line1: before.line1,
            line2: before.line2,
            city: before.city,
            postalCode: before.postalCode,
            country: before.country,
            openingHours: before.openingHours,
            active: before.active,
            position: before.position,
          }
        : undefined,
      after: data,
    });
    return { id: location.id };
  });
  dropShopSettings();
  return saved;
}
