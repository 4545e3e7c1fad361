import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { toAdminVariant } from "./get-admin-product";
import { refreshStorefront } from "./refresh-storefront";
import { MAX_STOCK, type StockAdjustmentInput } from "./schemas";
import type { AdminVariant } from "./types";
import { checkViolationAsConflict } from "./constraint-errors";

/**
 * Adds or removes units on hand with a reason. One conditional UPDATE does it, so concurrent adjustments and
 * checkouts queue on the row and none can take stock below zero or below what unpaid orders have reserved (the
 * table's CHECK constraints say the same; this answers first, with a message instead of a database error).
 */
export async function adjustStock(
  db: Db,
  actor: StaffActor,
  variantId: string,
  input: StockAdjustmentInput,
): Promise<{
  variant: AdminVariant & { productId: string };
  adjustment: { id: string; delta: number; stockAfter: number };
}> {
  const result = await db
    .$transaction(async (tx) => {
      const updated = await tx.$queryRaw<{ id: string }[]>`
      UPDATE product_variants
      SET "stockOnHand" = "stockOnHand" + ${input.delta}::int, "updatedAt" = now()
      WHERE id = ${variantId}::uuid
        AND "stockOnHand" + ${input.delta}::int >= "stockReserved"
        AND "stockOnHand" + ${input.delta}::int BETWEEN 0 AND ${MAX_STOCK}::int
      RETURNING id`;
      const row = await tx.productVariant.findUnique({ where: { id: variantId } });
      if (!row) throw notFound("The variant was not found.");
      if (updated.length === 0) {
        const floor = row.stockReserved;
        const message =
          row.stockOnHand + input.delta > MAX_STOCK
            ? serverMessage("Stock on hand can be at most {max, plural, one {# unit} other {# units}}.", {
                max: MAX_STOCK,
              })
            : floor > 0
              ? serverMessage(
                  "Stock on hand cannot go below the {reserved, plural, one {# unit} other {# units}} reserved by unpaid orders: {onHand} on hand now, so remove at most {removable}.",
                  { reserved: floor, onHand: row.stockOnHand, removable: row.stockOnHand - floor },
                )
              : serverMessage("Stock on hand cannot go below 0: {onHand} on hand now.", { onHand: row.stockOnHand });
        throw new AppError("conflict", message, { fields: { delta: message } });
      }
      const adjustment = await tx.stockAdjustment.create({
        data: {
          variantId,
          delta: input.delta,
          stockAfter: row.stockOnHand,
          reason: input.reason,
          actor: actorLabel(actor),
        },
        select: { id: true, delta: true, stockAfter: true },
      });
      await recordAudit(tx, actor, {
        action: "variant.stock_adjust",
        entityType: "variant",
        entityId: variantId,
        before: { stockOnHand: row.stockOnHand - input.delta, stockReserved: row.stockReserved },
        after: {
          stockOnHand: row.stockOnHand,
          stockReserved: row.stockReserved,
          delta: input.delta,
          reason: input.reason,
        },
      });
      return { variant: { productId: row.productId, ...toAdminVariant(row) }, adjustment };
    })
    .catch((error: unknown) => {
      throw checkViolationAsConflict(error, "The stock changed at the same moment; look at it again and retry.");
    });
  await refreshStorefront([result.variant.productId]);
  return result;
}
