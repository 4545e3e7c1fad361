import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Tx } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import { changedFields } from "./changes";
import { assertCategoryExists, assertSlugFree } from "./checks";
import { getAdminProduct } from "./get-admin-product";
import { lockProduct } from "./locks";
import { refreshStorefront } from "./refresh-storefront";
import type { ProductUpdateInput } from "./schemas";
import type { AdminProduct } from "./types";
import { uniqueViolationAsFieldError } from "./constraint-errors";

/**
 * Option names may be renamed (same number, new words): every variant's values follow. Adding or removing an
 * option would leave variants without a value or with two alike, so that is refused once a product has variants.
 */
async function renameOptions(tx: Tx, productId: string, from: string[], to: string[]): Promise<void> {
  const variants = await tx.productVariant.findMany({ where: { productId }, select: { id: true, optionValues: true } });
  if (variants.length === 0) return;
  if (from.length !== to.length) {
    throw invalidInput({
      optionNames: "Options can be renamed but not added or removed once the product has variants.",
    });
  }
  for (const variant of variants) {
    const values = (variant.optionValues ?? {}) as Record<string, string>;
    const renamed = Object.fromEntries(from.map((name, i) => [to[i] ?? name, values[name] ?? ""]));
    await tx.productVariant.update({
      where: { id: variant.id },
      data: { optionValues: renamed },
    });
  }
}

/** Changes a product's own fields (not its variants); only what differs is written and audited. */
export async function updateProduct(
  db: Db,
  actor: StaffActor,
  id: string,
  patch: ProductUpdateInput,
): Promise<AdminProduct> {
  try {
    await db.$transaction(async (tx) => {
      await lockProduct(tx, id);
      const before = await tx.product.findUniqueOrThrow({
        where: { id },
        select: {
          name: true,
          slug: true,
          description: true,
          categoryId: true,
          status: true,
          featured: true,
          vatRateBps: true,
          optionNames: true,
        },
      });
      const diff = changedFields(before, patch);
      if (!diff) return;
      if (diff.after.categoryId) await assertCategoryExists(tx, diff.after.categoryId);
      if (diff.after.slug) await assertSlugFree(tx, diff.after.slug, id);
      if (diff.after.optionNames) await renameOptions(tx, id, before.optionNames, diff.after.optionNames);
      await tx.product.update({ where: { id }, data: diff.after });
      await recordAudit(tx, actor, {
        action: "product.update",
        entityType: "product",
        entityId: id,
        before: diff.before,
        after: diff.after,
      });
    });
  } catch (error) {
    throw uniqueViolationAsFieldError(error, { slug: "slug" });
  }
  await refreshStorefront([id]);
  return getAdminProduct(db, id);
}
