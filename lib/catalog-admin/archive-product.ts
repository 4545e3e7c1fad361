import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { getAdminProduct } from "./get-admin-product";
import { lockProduct } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { AdminProduct } from "./types";

/**
 * Takes a product off the storefront for good while keeping it, its variants and its history: orders, invoices
 * and stock records refer to them, so products are archived, never deleted. Archiving twice changes nothing.
 */
export async function archiveProduct(db: Db, actor: StaffActor, id: string): Promise<AdminProduct> {
  await db.$transaction(async (tx) => {
    await lockProduct(tx, id);
    const { status } = await tx.product.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (status === "ARCHIVED") return;
    await tx.product.update({ where: { id }, data: { status: "ARCHIVED" } });
    await recordAudit(tx, actor, {
      action: "product.archive",
      entityType: "product",
      entityId: id,
      before: { status },
      after: { status: "ARCHIVED" },
    });
  });
  await refreshStorefront([id]);
  return getAdminProduct(db, id);
}
