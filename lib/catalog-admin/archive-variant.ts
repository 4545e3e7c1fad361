import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { toAdminVariant } from "./get-admin-product";
import { lockVariant } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { AdminVariant } from "./types";

/**
 * Withdraws a variant from sale (inactive) instead of deleting it: order lines, carts and stock records refer to it.
 * Its reserved units stay reserved until their orders are paid or expire.
 */
export async function archiveVariant(
  db: Db,
  actor: StaffActor,
  id: string,
): Promise<AdminVariant & { productId: string }> {
  const result = await db.$transaction(async (tx) => {
    await lockVariant(tx, id);
    const row = await tx.productVariant.findUniqueOrThrow({ where: { id } });
    if (!row.active) return { productId: row.productId, ...toAdminVariant(row) };
    const updated = await tx.productVariant.update({ where: { id }, data: { active: false } });
    await recordAudit(tx, actor, {
      action: "variant.archive",
      entityType: "variant",
      entityId: id,
      before: { active: true },
      after: { active: false },
    });
    return { productId: row.productId, ...toAdminVariant(updated) };
  });
  await refreshStorefront([result.productId]);
  return result;
}
