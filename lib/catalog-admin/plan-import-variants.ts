import { randomUUID } from "node:crypto";
import { serverMessage } from "@/lib/i18n/server-message";
import { env } from "@/lib/env";
import { optionColumns } from "./csv-format";
import { changeText, previewField } from "./import-changes";
import {
  type ExistingVariant,
  type ImportPlan,
  type ParsedRow,
  type ProductFields,
  type ProductTarget,
  type VariantFields,
  sameValue,
} from "./import-plan";
import type { ImportChange, ImportIssue } from "./import-types";
import { optionValueIssues } from "./schemas";

// The variants side of an import plan: each accepted row becomes a new variant or a change to one (or nothing),
// with the preview line that says what will change.

export function planImportVariants(
  parsed: readonly ParsedRow[],
  rowTarget: Map<number, ProductTarget>,
  variants: Map<string, ExistingVariant>,
  issues: ImportIssue[],
): Pick<ImportPlan, "newVariants" | "variantUpdates" | "previews"> {
  const plan: Pick<ImportPlan, "newVariants" | "variantUpdates" | "previews"> = {
    newVariants: [],
    variantUpdates: [],
    previews: [],
  };
  const described = new Set<ProductTarget>();
  // New variants without a position follow the product's others, in file order.
  const nextPosition = new Map<ProductTarget, number>();
  for (const p of parsed) {
    const { row, input } = p;
    const target = rowTarget.get(row);
    if (!target) continue;
    const optionNames = target.fields.optionNames ?? target.existing?.optionNames ?? [];
    const givenValues = p.optionNames
      ? Object.fromEntries(p.optionNames.map((name, i) => [name, p.optionValues[i] ?? ""]))
      : null;
    const checkValues = (values: Record<string, string>) => {
      for (const issue of optionValueIssues(
        optionNames,
        Object.fromEntries(Object.entries(values).filter(([, v]) => v !== "")),
      )) {
        const index = optionNames.indexOf(issue.key);
        issues.push({
          row,
          column: index >= 0 ? (optionColumns[index]?.[1] ?? null) : "option1_name",
          message: issue.message,
        });
      }
    };
    const changes: ImportChange[] = [];
    if (!described.has(target)) {
      described.add(target);
      if (!target.existing) changes.push({ kind: "newProduct" });
      else {
        const changed = Object.entries(target.fields).filter(
          ([field, value]) => !sameValue(target.existing?.[field as keyof ProductFields], value),
        );
        for (const [field] of changed)
          changes.push({ kind: "productField", field: previewField(field as keyof ProductFields) });
      }
    }
    const position = (t: ProductTarget) => {
      const next = nextPosition.get(t) ?? t.existing?.variantCount ?? 0;
      nextPosition.set(t, next + 1);
      return next;
    };
    const variant = variants.get(input.sku);
    if (input.currency && variant && input.currency !== variant.currency) {
      issues.push({
        row,
        column: "currency",
        message: serverMessage("This variant is priced in {currency}.", { currency: variant.currency }),
      });
    }
    if (!variant) {
      const optionValues = givenValues ?? {};
      checkValues(optionValues);
      plan.newVariants.push({
        id: randomUUID(),
        row,
        productId: target.id,
        sku: input.sku,
        optionValues,
        priceMinor: input.price ?? 0,
        stockOnHand: input.stock_on_hand ?? 0,
        active: input.variant_active ?? true,
        position: input.variant_position ?? position(target),
        weightGrams: input.weight_grams ?? 0,
      });
      changes.push({ kind: "newVariant", price: input.price ?? 0, currency: env.SHOP_CURRENCY });
      plan.previews.push({
        row,
        sku: input.sku,
        productSlug: target.key,
        action: "create",
        changes: changes.map(changeText),
        details: changes,
      });
      continue;
    }
    if (givenValues) checkValues(givenValues);
    const final: VariantFields = {
      optionValues: givenValues ?? variant.optionValues,
      priceMinor: input.price ?? variant.priceMinor,
      stockOnHand: input.stock_on_hand ?? variant.stockOnHand,
      active: input.variant_active ?? variant.active,
      position: input.variant_position ?? variant.position,
      weightGrams: input.weight_grams ?? variant.weightGrams,
    };
    if (final.stockOnHand < variant.stockReserved) {
      issues.push({
        row,
        column: "stock_on_hand",
        message: serverMessage(
          "Unpaid orders have reserved {count, plural, one {# unit} other {# units}} of {sku}; stock on hand cannot be less.",
          { count: variant.stockReserved, sku: input.sku },
        ),
      });
    }
    const before: Partial<VariantFields> = {};
    const after: Partial<VariantFields> = {};
    for (const field of Object.keys(final) as (keyof VariantFields)[]) {
      if (sameValue(variant[field], final[field])) continue;
      (before as Record<string, unknown>)[field] = variant[field];
      (after as Record<string, unknown>)[field] = final[field];
    }
    if (after.priceMinor !== undefined) {
      changes.push({ kind: "price", from: variant.priceMinor, to: final.priceMinor, currency: variant.currency });
    }
    if (after.stockOnHand !== undefined)
      changes.push({ kind: "stock", from: variant.stockOnHand, to: final.stockOnHand });
    if (after.active !== undefined) changes.push({ kind: final.active ? "variantActive" : "variantInactive" });
    if (after.position !== undefined) changes.push({ kind: "position", from: variant.position, to: final.position });
    if (after.weightGrams !== undefined)
      changes.push({ kind: "weight", from: variant.weightGrams, to: final.weightGrams });
    if (after.optionValues !== undefined) changes.push({ kind: "optionValues" });
    if (Object.keys(after).length > 0) {
      plan.variantUpdates.push({ id: variant.id, row, sku: input.sku, final, before, after });
    }
    plan.previews.push({
      row,
      sku: input.sku,
      productSlug: target.key,
      action: changes.length > 0 ? "update" : "unchanged",
      changes: changes.map(changeText),
      details: changes,
    });
  }

  return plan;
}
