import { storedOptionValues } from "@/lib/catalog/stored-option-values";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { changedFields } from "./changes";
import { assertSkusFree } from "./checks";
import { toAdminVariant } from "./get-admin-product";
import { lockVariant } from "./locks";
import { assertOptionValuesFit } from "./option-values";
import { refreshStorefront } from "./refresh-storefront";
import type { VariantUpdateInput } from "./schemas";
import type { AdminVariant } from "./types";
import { uniqueViolationAsFieldError } from "./constraint-errors";

/** Changes a variant's SKU, options, price, position, weight or active flag. Stock changes go through adjustStock. */
export async function updateVariant(
  db: Db,
  actor: StaffActor,
  id: string,
  patch: VariantUpdateInput,
): Promise<AdminVariant & { productId: string }> {
  try {
    const result = await db.$transaction(async (tx) => {
      await lockVariant(tx, id);
      const row = await tx.productVariant.findUniqueOrThrow({
        where: { id },
        include: { product: { select: { optionNames: true } } },
      });
      const before = {
        sku: row.sku,
        optionValues: storedOptionValues(row.optionValues),
        priceMinor: row.priceMinor,
        active: row.active,
        position: row.position,
        weightGrams: row.weightGrams,
      };
      const diff = changedFields(before, patch);
      if (!diff) return { productId: row.productId, ...toAdminVariant(row) };
      if (diff.after.optionValues) assertOptionValuesFit(row.product.optionNames, diff.after.optionValues);
      if (diff.after.sku) await assertSkusFree(tx, [diff.after.sku], () => "sku", id);
      const { optionValues, ...plain } = diff.after;
      const updated = await tx.productVariant.update({
        where: { id },
        data: { ...plain, ...(optionValues ? { optionValues: optionValues } : {}) },
      });
      await recordAudit(tx, actor, {
        action: "variant.update",
        entityType: "variant",
        entityId: id,
        before: diff.before,
        after: diff.after,
      });
      return { productId: row.productId, ...toAdminVariant(updated) };
    });
    await refreshStorefront([result.productId]);
    return result;
  } catch (error) {
    throw uniqueViolationAsFieldError(error, { sku: "sku" });
  }
}
