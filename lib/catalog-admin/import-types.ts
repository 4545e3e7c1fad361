import type { CsvColumn } from "./csv-format";

/** A problem with one row (or, at row 1, with the header or the whole file). */
export interface ImportIssue {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  column: CsvColumn | null;
  message: string;
}

export interface ImportRowPreview {
  row: number;
  sku: string;
  productSlug: string;
  action: "create" | "update" | "unchanged";
  /** What will change, in words: "new product", "price 19.99 → 17.99", "stock 5 → 8". */
  changes: string[];
}

export interface ImportSummary {
  rows: number;
  productsCreated: number;
  productsUpdated: number;
  variantsCreated: number;
  variantsUpdated: number;
  stockChanged: number;
  /** Products whose name or description in another language the file changes. */
  productsTranslated: number;
  unchanged: number;
}

export interface ImportReport {
  mode: "preview" | "apply";
  /** True when the file has no issues (a preview that can be applied, or an apply that was). */
  ok: boolean;
  applied: boolean;
  summary: ImportSummary;
  /** At most MAX_REPORTED_ISSUES of them; issueCount has the full number. */
  issues: ImportIssue[];
  issueCount: number;
  /** The first MAX_PREVIEW_ROWS rows that change something. */
  preview: ImportRowPreview[];
}

export interface ImportProgress {
  phase: "parse" | "validate" | "apply";
  done: number;
  total: number;
}

export type OnImportProgress = (progress: ImportProgress) => void;

export const MAX_REPORTED_ISSUES = 1000;
export const MAX_PREVIEW_ROWS = 200;
