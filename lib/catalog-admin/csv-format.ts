// The product CSV: one row per variant, the product's own fields repeated on each of its rows. The export writes
// every column; the import needs only `sku` and the columns it should change, so a file can be an export edited in
// a spreadsheet (round trip) or a two-column price list. README, "Catalog administration", documents the columns.

import { translatedLanguages } from "./translation-schemas";

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

/** A product's name or description in a language other than the shop's own: name_cs, description_cs. */
export type TranslationColumn = `name_${string}` | `description_${string}`;

export type CsvColumn = (typeof csvColumns)[number] | TranslationColumn;

/**
 * Per-language columns after the fixed ones, for each enabled language but the shop's own. Unlike the others, an
 * empty cell in one of them means "no translation" (it is cleared; the shop shows its own text), and a file
 * without the column leaves the translations as they are.
 */
export const translationColumns: readonly {
  language: string;
  name: TranslationColumn;
  description: TranslationColumn;
}[] = translatedLanguages.map((language) => ({
  language,
  name: `name_${language}`,
  description: `description_${language}`,
}));

/** Every column the export writes and the import knows, in order. */
export const allCsvColumns: readonly CsvColumn[] = [
  ...csvColumns,
  ...translationColumns.flatMap((c) => [c.name, c.description]),
];

export const isTranslationColumn = (column: string) =>
  translationColumns.some((c) => c.name === column || c.description === column);

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
/** The option glossary's CSV (lib/catalog-admin/option-translations-csv.ts): 2,000 short texts, with room to spare. */
export const MAX_GLOSSARY_CSV_BYTES = 1024 * 1024;

/**
 * The export prefixes cells starting with = + - @ (or a tab or carriage return) with ' so spreadsheets do not run
 * them as formulas; the import takes that quote off again, so an exported file imports unchanged.
 */
export function unguardCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export const yesNo = (value: boolean) => (value ? "true" : "false");
