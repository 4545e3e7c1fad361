import { randomUUID } from "node:crypto";
import { serverMessage } from "@/lib/i18n/server-message";
import { env } from "@/lib/env";
import type { CsvColumn } from "./csv-format";
import {
  type ExistingProduct,
  type ImportPlan,
  type ParsedRow,
  type ProductFields,
  type ProductTarget,
  sameValue,
} from "./import-plan";
import type { ImportRow } from "./import-row-schema";
import type { ImportIssue } from "./import-types";

// The products side of an import plan: which product each row belongs to, the product fields the rows give (which
// every row of a product may repeat but not contradict), and the product rows to create or change.

type ProductField = keyof Omit<ProductFields, "optionNames">;

const productColumns: [CsvColumn, ProductField][] = [
  ["product_name", "name"],
  ["category_slug", "categoryId"],
  ["status", "status"],
  ["featured", "featured"],
  ["vat_rate", "vatRateBps"],
  ["description", "description"],
];

/** Two rows of one product that disagree about a column. */
const differsFrom = (column: CsvColumn, row: number | undefined) =>
  serverMessage("{column} differs from row {row} for the same product.", { column, row: String(row) });

export interface ProductTargets {
  targets: Map<string, ProductTarget>;
  /** The product each accepted row belongs to; rows refused here have none. */
  rowTarget: Map<number, ProductTarget>;
}

export function collectProductTargets(
  parsed: readonly ParsedRow[],
  found: {
    categoryIds: Map<string, string>;
    variants: Map<string, { productId: string }>;
    products: { byId: Map<string, ExistingProduct>; bySlug: Map<string, ExistingProduct> };
  },
  issues: ImportIssue[],
): ProductTargets {
  const { categoryIds, variants, products } = found;
  const targets = new Map<string, ProductTarget>();
  const rowTarget = new Map<number, ProductTarget>();
  const skuRows = new Map<string, number>();
  for (const p of parsed) {
    const { row, input } = p;
    const earlier = skuRows.get(input.sku);
    if (earlier !== undefined) {
      issues.push({
        row,
        column: "sku",
        message: serverMessage("The SKU {sku} is also on row {row}.", { sku: input.sku, row: String(earlier) }),
      });
      continue;
    }
    skuRows.set(input.sku, row);
    const variant = variants.get(input.sku);
    let key: string;
    if (variant) {
      const owner = products.byId.get(variant.productId);
      if (!owner) continue;
      if (input.product_slug && input.product_slug !== owner.slug) {
        issues.push({
          row,
          column: "product_slug",
          message: serverMessage(
            "The SKU {sku} belongs to the product “{product}”; a SKU cannot move to another product.",
            { sku: input.sku, product: owner.slug },
          ),
        });
        continue;
      }
      key = owner.slug;
    } else {
      if (!input.product_slug) {
        issues.push({
          row,
          column: "product_slug",
          message: serverMessage("The SKU {sku} is new: give its product_slug.", { sku: input.sku }),
        });
        continue;
      }
      if (input.price === undefined) {
        issues.push({
          row,
          column: "price",
          message: serverMessage("The SKU {sku} is new: give its price.", { sku: input.sku }),
        });
      }
      key = input.product_slug;
    }
    let target = targets.get(key);
    if (!target) {
      const existing = products.bySlug.get(key);
      target = {
        key,
        existing,
        id: existing?.id ?? randomUUID(),
        fields: {},
        setBy: {},
        firstRow: row,
        translations: new Map(),
      };
      targets.set(key, target);
    }
    rowTarget.set(row, target);

    const set = (column: CsvColumn, field: keyof ProductFields, value: ProductFields[keyof ProductFields]) => {
      const current = target.fields[field];
      if (current !== undefined && !sameValue(current, value)) {
        const source = target.setBy[field];
        issues.push({ row, column, message: differsFrom(column, source) });
        return;
      }
      (target.fields as Record<string, unknown>)[field] = value;
      target.setBy[field] ??= row;
    };
    for (const [column, field] of productColumns) {
      if (column === "category_slug") {
        if (input.category_slug === undefined) continue;
        const categoryId = categoryIds.get(input.category_slug);
        if (!categoryId) {
          issues.push({
            row,
            column,
            message: serverMessage("No category has the slug “{slug}”.", { slug: input.category_slug }),
          });
          continue;
        }
        set(column, field, categoryId);
        continue;
      }
      const value = input[column as keyof ImportRow];
      if (value !== undefined) set(column, field, value);
    }
    if (p.optionNames) set("option1_name", "optionNames", p.optionNames);
    for (const [key, value] of p.translations) {
      const current = target.translations.get(key);
      if (current && current.value !== value) {
        const [language, field] = key.split(".");
        const column: CsvColumn = `${field === "name" ? "name" : "description"}_${language}`;
        issues.push({ row, column, message: differsFrom(column, current.row) });
        continue;
      }
      if (!current) target.translations.set(key, { value, row });
    }
  }

  return { targets, rowTarget };
}

/** Products as a whole: new ones need a name and a category; existing ones keep their options. */
export function checkProductTargets(targets: Map<string, ProductTarget>, issues: ImportIssue[]): void {
  for (const target of targets.values()) {
    const { existing, fields, firstRow } = target;
    if (existing) {
      if (fields.optionNames && !sameValue(fields.optionNames, existing.optionNames)) {
        issues.push({
          row: target.setBy.optionNames ?? firstRow,
          column: "option1_name",
          message: serverMessage(
            "The product “{product}” has {count, plural, =0 {no options} one {the option {options}} other {the options {options}}}; rename options on its page, not in a file.",
            { product: existing.slug, count: existing.optionNames.length, options: existing.optionNames.join(", ") },
          ),
        });
      }
      continue;
    }
    if (!fields.name)
      issues.push({ row: firstRow, column: "product_name", message: "A new product needs product_name." });
    if (!fields.categoryId) {
      issues.push({ row: firstRow, column: "category_slug", message: "A new product needs category_slug." });
    }
  }
}

/** The product rows to create and the changes to existing ones. */
export function productWrites(targets: Map<string, ProductTarget>): Pick<ImportPlan, "newProducts" | "productUpdates"> {
  const plan: Pick<ImportPlan, "newProducts" | "productUpdates"> = { newProducts: [], productUpdates: [] };
  for (const target of targets.values()) {
    const { existing, fields } = target;
    if (!existing) {
      if (!fields.name || !fields.categoryId) continue;
      plan.newProducts.push({
        id: target.id,
        slug: target.key,
        name: fields.name,
        description: fields.description ?? "",
        categoryId: fields.categoryId,
        status: fields.status ?? "DRAFT",
        featured: fields.featured ?? false,
        vatRateBps: fields.vatRateBps ?? env.SHOP_STANDARD_VAT_BPS,
        optionNames: fields.optionNames ?? [],
      });
      continue;
    }
    const before: Partial<ProductFields> = {};
    const after: Partial<ProductFields> = {};
    for (const [field, value] of Object.entries(fields) as [keyof ProductFields, unknown][]) {
      if (field === "optionNames" || sameValue(existing[field], value)) continue;
      (before as Record<string, unknown>)[field] = existing[field];
      (after as Record<string, unknown>)[field] = value;
    }
    if (Object.keys(after).length > 0) plan.productUpdates.push({ id: existing.id, before, after });
  }

  return plan;
}
