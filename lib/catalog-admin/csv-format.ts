// The product CSV: one row per variant, the product's own fields repeated on each of its rows. The export writes
// every column; the import needs only `sku` and the columns it should change, so a file can be an export edited in
// a spreadsheet (round trip) or a two-column price list. README, "Catalog administration", documents the columns.

export const csvColumns = [
  "sku",
  "product_slug",
  "product_name",
  "category_slug",
  "status",
  "featured",
  "vat_rate",
  "description",
  "option1_name",
  "option1_value",
  "option2_name",
  "option2_value",
  "option3_name",
  "option3_value",
  "price",
  "currency",
  "stock_on_hand",
  "stock_reserved",
  "variant_active",
  "variant_position",
  "weight_grams",
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** Exported for information; the import accepts the column and ignores it (reservations belong to orders). */
export const readOnlyColumns: readonly CsvColumn[] = ["stock_reserved"];

export const optionColumns = [
  ["option1_name", "option1_value"],
  ["option2_name", "option2_value"],
  ["option3_name", "option3_value"],
] as const satisfies readonly (readonly [CsvColumn, CsvColumn])[];

/** Largest CSV file accepted, and rows in it. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

/**
 * The export prefixes cells starting with = + - @ (or a tab or carriage return) with ' so spreadsheets do not run
 * them as formulas; the import takes that quote off again, so an exported file imports unchanged.
 */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export const yesNo = (value: boolean) => (value ? "true" : "false");
