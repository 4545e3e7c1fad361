import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { dropShopSettings } from "./settings-cache";

/** Deletes an empty zone. One that still has delivery methods is refused, so none disappears as a side effect. */
export async function deleteZone(db: Db, actor: StaffActor, id: string): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const [zone] = await tx.$queryRaw<{ name: string; countries: string[] }[]>`
      SELECT name, countries FROM delivery_zones WHERE id = ${id}::uuid FOR UPDATE`;
    if (!zone) throw notFound("The zone was not found.");
    const methods = await tx.deliveryMethod.count({ where: { zoneId: id } });
    if (methods > 0) {
      throw new AppError("conflict", "This zone still has delivery methods: delete them or move them first.");
    }
    await tx.deliveryZone.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "delivery_zone.delete",
      entityType: "delivery_zone",
      entityId: id,
      before: zone,
    });
  });
  dropShopSettings();
}
