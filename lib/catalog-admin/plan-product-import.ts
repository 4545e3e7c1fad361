import type { Db, Tx } from "@/lib/db";
import type { ImportPlan } from "./import-plan";
import type { ImportIssue, OnImportProgress } from "./import-types";
import { loadProducts, loadVariants } from "./load-import-rows";
import type { CsvRow } from "./parse-product-csv";
import { checkProductTargets, collectProductTargets, productWrites } from "./plan-import-products";
import { planImportTranslations } from "./plan-import-translations";
import { planImportVariants } from "./plan-import-variants";
import { readImportRows } from "./read-import-rows";

export type { ImportPlan } from "./import-plan";

// Turns parsed CSV rows into the exact writes an import would make, checking every row against the file and the
// database first. The preview shows this plan; the apply computes it again inside its transaction, with the rows
// it reads locked, and writes it only if no row has an issue.

export async function planProductImport(
  client: Db | Tx,
  rows: readonly CsvRow[],
  options: { lock: boolean; onProgress?: OnImportProgress },
): Promise<ImportPlan> {
  const issues: ImportIssue[] = [];
  const progress = (done: number) => options.onProgress?.({ phase: "validate", done, total: rows.length });

  // 1. Each row on its own.
  const parsed = readImportRows(rows, issues);
  progress(Math.round(rows.length / 4));

  // 2. What the database holds for the SKUs and products the file names.
  const categories = await client.category.findMany({ select: { id: true, slug: true } });
  const categoryIds = new Map(categories.map((c) => [c.slug, c.id]));
  const variants = await loadVariants(client, [...new Set(parsed.map((p) => p.input.sku))].sort(), options.lock);
  const products = await loadProducts(
    client,
    [...new Set([...variants.values()].map((v) => v.productId))].sort(),
    [...new Set(parsed.flatMap((p) => (p.input.product_slug ? [p.input.product_slug] : [])))].sort(),
    options.lock,
  );
  progress(Math.round(rows.length / 2));

  // 3. Product fields, which every row of a product may repeat but not contradict.
  const { targets, rowTarget } = collectProductTargets(parsed, { categoryIds, variants, products }, issues);

  // 4. Products as a whole.
  checkProductTargets(targets, issues);
  progress(Math.round((rows.length * 3) / 4));

  // 5. Variants, then 6. product writes.
  const variantPlan = planImportVariants(parsed, rowTarget, variants, issues);
  const productPlan = productWrites(targets);
  // 7. Translations, named in the preview rows of their products.
  const translationWrites = await planImportTranslations(client, targets, { ...productPlan, ...variantPlan });

  const plan: ImportPlan = {
    rowCount: rows.length,
    issues,
    ...productPlan,
    ...variantPlan,
    translationWrites,
    summary: {
      rows: rows.length,
      productsCreated: productPlan.newProducts.length,
      productsUpdated: productPlan.productUpdates.length,
      variantsCreated: variantPlan.newVariants.length,
      variantsUpdated: variantPlan.variantUpdates.length,
      stockChanged: variantPlan.variantUpdates.filter((u) => u.after.stockOnHand !== undefined).length,
      productsTranslated: translationWrites.length,
      unchanged: variantPlan.previews.filter((p) => p.action === "unchanged").length,
    },
  };
  issues.sort((a, b) => a.row - b.row);
  progress(rows.length);
  return plan;
}
