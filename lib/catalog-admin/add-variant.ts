import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { assertSkusFree } from "./checks";
import { toAdminVariant } from "./get-admin-product";
import { lockProduct } from "./locks";
import { assertOptionValuesFit } from "./option-values";
import { refreshStorefront } from "./refresh-storefront";
import type { VariantCreateInput } from "./schemas";
import type { AdminVariant } from "./types";
import { uniqueViolationAsFieldError } from "./constraint-errors";
import { systemStockReasons } from "./stock-reasons";

/** A new variant of a product, priced in the shop's currency; its initial stock is recorded as an adjustment. */
export async function addVariant(
  db: Db,
  actor: StaffActor,
  productId: string,
  input: VariantCreateInput,
): Promise<AdminVariant> {
  try {
    const variant = await db.$transaction(async (tx) => {
      await lockProduct(tx, productId);
      const product = await tx.product.findUniqueOrThrow({ where: { id: productId }, select: { optionNames: true } });
      assertOptionValuesFit(product.optionNames, input.optionValues);
      await assertSkusFree(tx, [input.sku], () => "sku");
      const created = await tx.productVariant.create({
        data: { ...input, productId, currency: env.SHOP_CURRENCY },
      });
      if (created.stockOnHand > 0) {
        await tx.stockAdjustment.create({
          data: {
            variantId: created.id,
            delta: created.stockOnHand,
            stockAfter: created.stockOnHand,
            reason: systemStockReasons.initialStock,
            actor: actorLabel(actor),
          },
        });
      }
      const after = toAdminVariant(created);
      await recordAudit(tx, actor, {
        action: "variant.create",
        entityType: "variant",
        entityId: created.id,
        after: { productId, ...after },
      });
      return after;
    });
    await refreshStorefront([productId]);
    return variant;
  } catch (error) {
    throw uniqueViolationAsFieldError(error, { sku: "sku" });
  }
}
