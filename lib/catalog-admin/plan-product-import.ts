import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatDecimal } from "./amounts";
import { type CsvColumn, optionColumns } from "./csv-format";
import type { ImportIssue, ImportRowPreview, ImportSummary, OnImportProgress } from "./import-types";
import { type ImportRow, importRowSchema } from "./import-row-schema";
import type { CsvRow } from "./parse-product-csv";
import { type ProductStatusValue, optionValueIssues } from "./schemas";

// Turns parsed CSV rows into the exact writes an import would make, checking every row against the file and the
// database first. The preview shows this plan; the apply computes it again inside its transaction, with the rows
// it reads locked, and writes it only if no row has an issue.

export interface ProductFields {
  name: string;
  description: string;
  categoryId: string;
  status: ProductStatusValue;
  featured: boolean;
  vatRateBps: number;
  optionNames: string[];
}

export interface VariantFields {
  optionValues: Record<string, string>;
  priceMinor: number;
  stockOnHand: number;
  active: boolean;
  position: number;
}

export interface ImportPlan {
  rowCount: number;
  issues: ImportIssue[];
  newProducts: (ProductFields & { id: string; slug: string })[];
  productUpdates: { id: string; before: Partial<ProductFields>; after: Partial<ProductFields> }[];
  newVariants: (VariantFields & { id: string; row: number; productId: string; sku: string })[];
  variantUpdates: {
    id: string;
    row: number;
    sku: string;
    final: VariantFields;
    before: Partial<VariantFields>;
    after: Partial<VariantFields>;
  }[];
  previews: ImportRowPreview[];
  summary: ImportSummary;
}

interface ExistingVariant extends VariantFields {
  id: string;
  sku: string;
  productId: string;
  currency: string;
  stockReserved: number;
}

interface ExistingProduct extends ProductFields {
  id: string;
  slug: string;
  variantCount: number;
}

type ProductField = keyof Omit<ProductFields, "optionNames">;

const productColumns: [CsvColumn, ProductField][] = [
  ["product_name", "name"],
  ["category_slug", "categoryId"],
  ["status", "status"],
  ["featured", "featured"],
  ["vat_rate", "vatRateBps"],
  ["description", "description"],
];

interface ProductTarget {
  key: string;
  existing: ExistingProduct | undefined;
  id: string;
  fields: Partial<ProductFields>;
  /** The row that set each field, to name it when a later row disagrees. */
  setBy: Partial<Record<keyof ProductFields, number>>;
  firstRow: number;
}

interface ParsedRow {
  row: number;
  input: ImportRow;
  optionNames: string[] | null;
  optionValues: string[];
}

const CHUNK = 1000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function loadVariants(client: Db | Tx, skus: string[], lock: boolean): Promise<Map<string, ExistingVariant>> {
  const found = new Map<string, ExistingVariant>();
  for (const part of chunks(skus)) {
    const rows = await client.$queryRaw<ExistingVariant[]>`
      SELECT id, sku, "productId", "optionValues", "priceMinor", currency, "stockOnHand", "stockReserved", active, position
      FROM product_variants WHERE upper(sku) = ANY(${part}::text[])
      ORDER BY id ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
    // Keyed in capitals, as the file's SKUs are: a SKU stored in other letters (by SQL, or before SKUs were
    // normalised) is still found, and keeps its spelling.
    for (const row of rows) found.set(row.sku.toUpperCase(), { ...row, currency: row.currency.trim() });
  }
  return found;
}

async function loadProducts(
  client: Db | Tx,
  ids: string[],
  slugs: string[],
  lock: boolean,
): Promise<{ byId: Map<string, ExistingProduct>; bySlug: Map<string, ExistingProduct> }> {
  const byId = new Map<string, ExistingProduct>();
  const bySlug = new Map<string, ExistingProduct>();
  const load = async (where: Prisma.Sql) => {
    const rows = await client.$queryRaw<ExistingProduct[]>`
      SELECT id, slug, name, description, "categoryId", status::text AS status, featured, "vatRateBps", "optionNames",
             (SELECT count(*)::int FROM product_variants v WHERE v."productId" = products.id) AS "variantCount"
      FROM products WHERE ${where}
      ORDER BY id ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`;
    for (const row of rows) {
      byId.set(row.id, row);
      bySlug.set(row.slug, row);
    }
  };
  for (const part of chunks(ids)) await load(Prisma.sql`id = ANY(${part}::uuid[])`);
  for (const part of chunks(slugs)) await load(Prisma.sql`slug = ANY(${part}::text[])`);
  return { byId, bySlug };
}

/** The row's option columns: names in order (null when it names none) and the values given. */
function optionsOf(row: number, input: ImportRow, issues: ImportIssue[]): { names: string[] | null; values: string[] } {
  const names: string[] = [];
  const values: string[] = [];
  let gap = false;
  for (const [nameColumn, valueColumn] of optionColumns) {
    const name = input[nameColumn];
    const value = input[valueColumn];
    if (name === undefined) {
      if (value !== undefined) {
        issues.push({ row, column: valueColumn, message: `${valueColumn} needs ${nameColumn}.` });
      }
      gap = true;
      continue;
    }
    if (gap) {
      issues.push({ row, column: nameColumn, message: "Fill option columns in order, starting with option1." });
    }
    names.push(name);
    values.push(value ?? "");
  }
  return { names: names.length > 0 ? names : null, values };
}

export async function planProductImport(
  client: Db | Tx,
  rows: readonly CsvRow[],
  options: { lock: boolean; onProgress?: OnImportProgress },
): Promise<ImportPlan> {
  const issues: ImportIssue[] = [];
  const progress = (done: number) => options.onProgress?.({ phase: "validate", done, total: rows.length });

  // 1. Each row on its own.
  const parsed: ParsedRow[] = [];
  for (const { row, cells } of rows) {
    const result = importRowSchema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ row, column: (issue.path[0] as CsvColumn | undefined) ?? null, message: issue.message });
      }
      continue;
    }
    const { names, values } = optionsOf(row, result.data, issues);
    parsed.push({ row, input: result.data, optionNames: names, optionValues: values });
  }
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
  const targets = new Map<string, ProductTarget>();
  const rowTarget = new Map<number, ProductTarget>();
  const skuRows = new Map<string, number>();
  for (const p of parsed) {
    const { row, input } = p;
    const earlier = skuRows.get(input.sku);
    if (earlier !== undefined) {
      issues.push({ row, column: "sku", message: `The SKU ${input.sku} is also on row ${earlier}.` });
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
          message: `The SKU ${input.sku} belongs to the product “${owner.slug}”; a SKU cannot move to another product.`,
        });
        continue;
      }
      key = owner.slug;
    } else {
      if (!input.product_slug) {
        issues.push({ row, column: "product_slug", message: `The SKU ${input.sku} is new: give its product_slug.` });
        continue;
      }
      if (input.price === undefined) {
        issues.push({ row, column: "price", message: `The SKU ${input.sku} is new: give its price.` });
      }
      key = input.product_slug;
    }
    let target = targets.get(key);
    if (!target) {
      const existing = products.bySlug.get(key);
      target = { key, existing, id: existing?.id ?? randomUUID(), fields: {}, setBy: {}, firstRow: row };
      targets.set(key, target);
    }
    rowTarget.set(row, target);

    const set = (column: CsvColumn, field: keyof ProductFields, value: ProductFields[keyof ProductFields]) => {
      const current = target.fields[field];
      if (current !== undefined && !sameValue(current, value)) {
        const source = target.setBy[field];
        issues.push({ row, column, message: `${column} differs from row ${source} for the same product.` });
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
          issues.push({ row, column, message: `No category has the slug “${input.category_slug}”.` });
          continue;
        }
        set(column, field, categoryId);
        continue;
      }
      const value = input[column as keyof ImportRow];
      if (value !== undefined) set(column, field, value);
    }
    if (p.optionNames) set("option1_name", "optionNames", p.optionNames);
  }

  // 4. Products as a whole: new ones need a name and a category; existing ones keep their options.
  for (const target of targets.values()) {
    const { existing, fields, firstRow } = target;
    if (existing) {
      if (fields.optionNames && !sameValue(fields.optionNames, existing.optionNames)) {
        issues.push({
          row: target.setBy.optionNames ?? firstRow,
          column: "option1_name",
          message: `The product “${existing.slug}” has the options ${existing.optionNames.join(", ") || "(none)"}; rename options on its page, not in a file.`,
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
  progress(Math.round((rows.length * 3) / 4));

  // 5. Variants.
  const plan: ImportPlan = {
    rowCount: rows.length,
    issues,
    newProducts: [],
    productUpdates: [],
    newVariants: [],
    variantUpdates: [],
    previews: [],
    summary: {
      rows: rows.length,
      productsCreated: 0,
      productsUpdated: 0,
      variantsCreated: 0,
      variantsUpdated: 0,
      stockChanged: 0,
      unchanged: 0,
    },
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
    const changes: string[] = [];
    if (!described.has(target)) {
      described.add(target);
      if (!target.existing) changes.push("new product");
      else {
        const changed = Object.entries(target.fields).filter(
          ([field, value]) => !sameValue(target.existing?.[field as keyof ProductFields], value),
        );
        for (const [field] of changed) changes.push(`product ${field === "vatRateBps" ? "VAT rate" : field}`);
      }
    }
    const position = (t: ProductTarget) => {
      const next = nextPosition.get(t) ?? t.existing?.variantCount ?? 0;
      nextPosition.set(t, next + 1);
      return next;
    };
    const variant = variants.get(input.sku);
    if (input.currency && variant && input.currency !== variant.currency) {
      issues.push({ row, column: "currency", message: `This variant is priced in ${variant.currency}.` });
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
      });
      changes.push(`new variant at ${formatDecimal(input.price ?? 0, env.SHOP_CURRENCY)}`);
      plan.previews.push({ row, sku: input.sku, productSlug: target.key, action: "create", changes });
      continue;
    }
    if (givenValues) checkValues(givenValues);
    const final: VariantFields = {
      optionValues: givenValues ?? variant.optionValues,
      priceMinor: input.price ?? variant.priceMinor,
      stockOnHand: input.stock_on_hand ?? variant.stockOnHand,
      active: input.variant_active ?? variant.active,
      position: input.variant_position ?? variant.position,
    };
    if (final.stockOnHand < variant.stockReserved) {
      issues.push({
        row,
        column: "stock_on_hand",
        message: `Unpaid orders have reserved ${variant.stockReserved} units of ${input.sku}; stock on hand cannot be less.`,
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
      changes.push(
        `price ${formatDecimal(variant.priceMinor, variant.currency)} → ${formatDecimal(final.priceMinor, variant.currency)}`,
      );
    }
    if (after.stockOnHand !== undefined) changes.push(`stock ${variant.stockOnHand} → ${final.stockOnHand}`);
    if (after.active !== undefined) changes.push(final.active ? "variant active" : "variant inactive");
    if (after.position !== undefined) changes.push(`position ${variant.position} → ${final.position}`);
    if (after.optionValues !== undefined) changes.push("option values");
    if (Object.keys(after).length > 0) {
      plan.variantUpdates.push({ id: variant.id, row, sku: input.sku, final, before, after });
    }
    plan.previews.push({
      row,
      sku: input.sku,
      productSlug: target.key,
      action: changes.length > 0 ? "update" : "unchanged",
      changes,
    });
  }

  // 6. Product writes.
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

  plan.summary = {
    rows: rows.length,
    productsCreated: plan.newProducts.length,
    productsUpdated: plan.productUpdates.length,
    variantsCreated: plan.newVariants.length,
    variantsUpdated: plan.variantUpdates.length,
    stockChanged: plan.variantUpdates.filter((u) => u.after.stockOnHand !== undefined).length,
    unchanged: plan.previews.filter((p) => p.action === "unchanged").length,
  };
  issues.sort((a, b) => a.row - b.row);
  progress(rows.length);
  return plan;
}
