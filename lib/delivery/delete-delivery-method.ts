import { requireWrite } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { dropShopSettings } from "./settings-cache";

/**
 * Deletes a delivery method and its weight bands. Orders placed with it keep its name and price (copied onto the
 * order); their link to it is cleared by the foreign key. Deactivating keeps it for later instead.
 */
export async function deleteDeliveryMethod(db: Db, actor: StaffActor, id: string): Promise<void> {
  requireWrite(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.deliveryMethod.findUnique({
      where: { id },
      select: { name: true, zoneId: true, kind: true, priceMinor: true, currency: true, active: true },
    });
    if (!before) throw notFound("The delivery method was not found.");
    await tx.deliveryMethod.delete({ where: { id } });
    await recordAudit(tx, actor, {
      action: "delivery_method.delete",
      entityType: "delivery_method",
      entityId: id,
      before,
    });
  });
  dropShopSettings();
}
