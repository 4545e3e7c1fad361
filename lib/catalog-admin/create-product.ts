import type { StaffActor } from "@/lib/admin/staff-actor";
import { actorLabel } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { invalidInput } from "@/lib/errors";
import { assertCategoryExists, assertSkusFree, assertSlugFree } from "./checks";
import { getAdminProduct } from "./get-admin-product";
import { refreshStorefront } from "./refresh-storefront";
import type { ProductCreateInput } from "./schemas";
import { slugify } from "./slugify";
import type { AdminProduct } from "./types";
import { uniqueViolationAsFieldError } from "./constraint-errors";
import { systemStockReasons } from "./stock-reasons";

/** A new product with its variants (in the shop's currency); initial stock is recorded as a stock adjustment. */
export async function createProduct(db: Db, actor: StaffActor, input: ProductCreateInput): Promise<AdminProduct> {
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw invalidInput({ slug: "Give a slug: the name has no letters or digits to make one from." });
  const { variants, ...fields } = input;
  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      await assertCategoryExists(tx, input.categoryId);
      await assertSlugFree(tx, slug);
      await assertSkusFree(
        tx,
        variants.map((v) => v.sku),
        (i) => `variants.${i}.sku`,
      );
      const product = await tx.product.create({
        data: {
          ...fields,
          slug,
          variants: { create: variants.map((v) => ({ ...v, currency: env.SHOP_CURRENCY })) },
        },
        include: { variants: { orderBy: { sku: "asc" } } },
      });
      const stocked = product.variants.filter((v) => v.stockOnHand > 0);
      if (stocked.length > 0) {
        await tx.stockAdjustment.createMany({
          data: stocked.map((v) => ({
            variantId: v.id,
            delta: v.stockOnHand,
            stockAfter: v.stockOnHand,
            reason: systemStockReasons.initialStock,
            actor: actorLabel(actor),
          })),
        });
      }
      await recordAudit(tx, actor, {
        action: "product.create",
        entityType: "product",
        entityId: product.id,
        after: {
          ...fields,
          slug,
          variants: product.variants.map((v) => ({
            id: v.id,
            sku: v.sku,
            optionValues: v.optionValues,
            priceMinor: v.priceMinor,
            currency: v.currency,
            stockOnHand: v.stockOnHand,
            active: v.active,
            position: v.position,
            weightGrams: v.weightGrams,
          })),
        },
      });
      return product.id;
    });
  } catch (error) {
    throw uniqueViolationAsFieldError(error, { slug: "slug", sku: "variants" });
  }
  await refreshStorefront([id]);
  return getAdminProduct(db, id);
}
