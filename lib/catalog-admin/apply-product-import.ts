import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { fileIssueReport, importReport } from "./import-report";
import type { ImportReport, OnImportProgress } from "./import-types";
import { parseProductCsv } from "./parse-product-csv";
import { type ImportPlan, planProductImport } from "./plan-product-import";
import { recordAudits } from "./record-audits";
import { refreshStorefront } from "./refresh-storefront";
import { type TranslationDiff, writeProductTranslations } from "./save-translations";
import { systemStockReasons } from "./stock-reasons";
import { requireWrite } from "@/lib/admin/require-write";

const CHUNK = 1000;
const REASON = systemStockReasons.csvImport;

async function writePlan(tx: Tx, actor: StaffActor, plan: ImportPlan, onProgress: OnImportProgress): Promise<void> {
  const steps =
    plan.newProducts.length +
    plan.productUpdates.length +
    plan.newVariants.length +
    plan.variantUpdates.length +
    plan.translationWrites.length;
  let done = 0;
  const step = (n: number) => {
    done += n;
    onProgress({ phase: "apply", done, total: steps });
  };

  for (let i = 0; i < plan.newProducts.length; i += CHUNK) {
    const part = plan.newProducts.slice(i, i + CHUNK);
    await tx.product.createMany({ data: part });
    step(part.length);
  }
  for (const update of plan.productUpdates) {
    await tx.product.update({ where: { id: update.id }, data: update.after });
    step(1);
  }
  for (let i = 0; i < plan.newVariants.length; i += CHUNK) {
    const part = plan.newVariants.slice(i, i + CHUNK);
    await tx.productVariant.createMany({
      data: part.map((v) => ({
        id: v.id,
        productId: v.productId,
        sku: v.sku,
        optionValues: v.optionValues,
        priceMinor: v.priceMinor,
        currency: env.SHOP_CURRENCY,
        stockOnHand: v.stockOnHand,
        active: v.active,
        position: v.position,
        weightGrams: v.weightGrams,
      })),
    });
    step(part.length);
  }
  for (let i = 0; i < plan.variantUpdates.length; i += CHUNK) {
    const part = plan.variantUpdates.slice(i, i + CHUNK);
    // One statement per thousand variants; the stock condition repeats the plan's check under the row locks.
    const updated = await tx.$executeRaw`
      UPDATE product_variants v
      SET "optionValues" = u.options::jsonb, "priceMinor" = u.price, active = u.active, position = u.position,
          "stockOnHand" = u.stock, "weightGrams" = u.weight, "updatedAt" = now()
      FROM unnest(${part.map((u) => u.id)}::uuid[], ${part.map((u) => JSON.stringify(u.final.optionValues))}::text[],
                  ${part.map((u) => u.final.priceMinor)}::int[], ${part.map((u) => u.final.active)}::boolean[],
                  ${part.map((u) => u.final.position)}::int[], ${part.map((u) => u.final.stockOnHand)}::int[],
                  ${part.map((u) => u.final.weightGrams)}::int[])
           AS u(id, options, price, active, position, stock, weight)
      WHERE v.id = u.id AND u.stock >= v."stockReserved"`;
    if (updated !== part.length) throw new AppError("conflict", "Stock changed while the file was applied; try again.");
    step(part.length);
  }

  const adjustments = [
    ...plan.newVariants
      .filter((v) => v.stockOnHand > 0)
      .map((v) => ({ variantId: v.id, delta: v.stockOnHand, stockAfter: v.stockOnHand })),
    ...plan.variantUpdates
      .filter((u) => u.after.stockOnHand !== undefined && u.before.stockOnHand !== undefined)
      .map((u) => ({
        variantId: u.id,
        delta: (u.after.stockOnHand ?? 0) - (u.before.stockOnHand ?? 0),
        stockAfter: u.final.stockOnHand,
      })),
  ];
  for (let i = 0; i < adjustments.length; i += CHUNK) {
    await tx.stockAdjustment.createMany({
      data: adjustments.slice(i, i + CHUNK).map((a) => ({ ...a, reason: REASON, actor: actorLabel(actor) })),
    });
  }

  // After the products exist; the rows are locked by the plan, so what it compared against is what is replaced.
  const translated: { productId: string; diff: TranslationDiff }[] = [];
  for (const write of plan.translationWrites) {
    const diff = await writeProductTranslations(tx, write.productId, { translations: write.translations });
    if (Object.keys(diff.after).length > 0) translated.push({ productId: write.productId, diff });
    step(1);
  }

  await recordAudits(tx, actor, [
    { action: "catalog.import", entityType: "catalog", after: plan.summary },
    ...plan.newProducts.map(({ id, ...after }) => ({
      action: "product.create",
      entityType: "product",
      entityId: id,
      after: { ...after, source: REASON },
    })),
    ...plan.productUpdates.map((u) => ({
      action: "product.update",
      entityType: "product",
      entityId: u.id,
      before: u.before,
      after: { ...u.after, source: REASON },
    })),
    ...plan.newVariants.map(({ id, row, ...after }) => ({
      action: "variant.create",
      entityType: "variant",
      entityId: id,
      after: { ...after, currency: env.SHOP_CURRENCY, source: `${REASON}, row ${row}` },
    })),
    ...plan.variantUpdates.map((u) => ({
      action: "variant.update",
      entityType: "variant",
      entityId: u.id,
      before: u.before,
      after: { ...u.after, source: `${REASON}, row ${u.row}` },
    })),
    ...translated.map(({ productId, diff }) => ({
      action: "product.translate",
      entityType: "product",
      entityId: productId,
      before: diff.before,
      after: { ...diff.after, source: REASON },
    })),
  ]);
}

/**
 * Applies a product CSV: all of it in one transaction or nothing. The file is checked again inside the
 * transaction, with every variant and product it touches locked, so what was previewed cannot have gone stale;
 * a single issue and nothing is written (the report lists the issues, in `language`, and `applied` is false).
 */
export async function applyProductImport(
  db: Db,
  actor: StaffActor,
  csv: string,
  onProgress: OnImportProgress = () => undefined,
  language = "en",
): Promise<ImportReport> {
  requireWrite(actor);
  const parsed = await parseProductCsv(csv, (done, total) => onProgress({ phase: "parse", done, total }));
  if (parsed.columns.length === 0) return fileIssueReport("apply", parsed.issues, language);
  const report = await db.$transaction(
    async (tx) => {
      const plan = await planProductImport(tx, parsed.rows, { lock: true, onProgress });
      plan.issues.unshift(...parsed.issues);
      plan.issues.sort((a, b) => a.row - b.row);
      if (plan.issues.length > 0) return importReport("apply", plan, false, language);
      await writePlan(tx, actor, plan, onProgress);
      return importReport("apply", plan, true, language);
    },
    { timeout: 300_000, maxWait: 15_000 },
  );
  if (report.applied) await refreshStorefront();
  return report;
}
