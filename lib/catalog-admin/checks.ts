import type { Tx } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { type FieldMessages, invalidInput } from "@/lib/errors";

// Checks made inside the writing transaction, each answering with the field error a form shows next to the input.

export async function assertCategoryExists(tx: Tx, categoryId: string, field = "categoryId"): Promise<void> {
  const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw invalidInput({ [field]: "This category does not exist." });
}

export async function assertSlugFree(tx: Tx, slug: string, exceptProductId?: string): Promise<void> {
  const taken = await tx.product.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptProductId) {
    throw invalidInput({
      slug: serverMessage("The slug “{slug}” is already used by another product; choose another.", { slug }),
    });
  }
}

/** SKUs (already in capitals) that no variant other than `exceptVariantId` uses; errors keyed by `fieldOf(i)`. */
export async function assertSkusFree(
  tx: Tx,
  skus: readonly string[],
  fieldOf: (index: number) => string,
  exceptVariantId?: string,
): Promise<void> {
  if (skus.length === 0) return;
  // Compared in capitals, so a SKU stored in other letters (by SQL or an older version) still counts as taken.
  const taken = await tx.$queryRaw<{ id: string; sku: string }[]>`
    SELECT id, sku FROM product_variants WHERE upper(sku) = ANY(${[...skus]}::text[])`;
  const takenSkus = new Set(taken.filter((v) => v.id !== exceptVariantId).map((v) => v.sku.toUpperCase()));
  const fields: FieldMessages = {};
  skus.forEach((sku, index) => {
    if (takenSkus.has(sku))
      fields[fieldOf(index)] = serverMessage("The SKU {sku} is already used by another variant.", { sku });
  });
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
}
