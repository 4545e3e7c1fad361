import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { AdminStockAdjustment } from "./types";

/** A variant's manual stock changes, newest first (the latest 100). */
export async function listStockAdjustments(db: Db, variantId: string): Promise<AdminStockAdjustment[]> {
  const variant = await db.productVariant.findUnique({ where: { id: variantId }, select: { sku: true } });
  if (!variant) throw notFound("The variant was not found.");
  const rows = await db.stockAdjustment.findMany({
    where: { variantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return rows.map((a) => ({
    id: a.id,
    variantId: a.variantId,
    sku: variant.sku,
    delta: a.delta,
    stockAfter: a.stockAfter,
    reason: a.reason,
    actor: a.actor,
    createdAt: a.createdAt.toISOString(),
  }));
}
