import type { MessageText } from "@/lib/i18n/server-message";
import type { CsvColumn } from "./csv-format";

/** A problem with one row (or, at row 1, with the header or the whole file), its message as written. */
export interface ImportIssue {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  column: CsvColumn | null;
  message: MessageText;
}

/** An issue as the report gives it: the message in the reader's language. */
export interface ReportedImportIssue extends Omit<ImportIssue, "message"> {
  message: string;
}

/** A product field an import row changes (vatRate: the VAT rate, kept in basis points). */
export type ImportProductField =
  "name" | "description" | "categoryId" | "status" | "featured" | "vatRate" | "optionNames";

/** One change an import row makes, as data, so that a page can word it in its own language. */
export type ImportChange =
  | { kind: "newProduct" }
  | { kind: "productField"; field: ImportProductField }
  /** A translation column, such as name_cs. */
  | { kind: "productTranslation"; column: string }
  | { kind: "newVariant"; price: number; currency: string }
  | { kind: "price"; from: number; to: number; currency: string }
  | { kind: "stock" | "position" | "weight"; from: number; to: number }
  | { kind: "variantActive" | "variantInactive" | "optionValues" };

export interface ImportRowPreview {
  row: number;
  sku: string;
  productSlug: string;
  action: "create" | "update" | "unchanged";
  /** What will change, in English words: "new product", "price 19.99 → 17.99", "stock 5 → 8". */
  changes: string[];
  /** The same changes as data (prices in minor units). */
  details: ImportChange[];
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
  issues: ReportedImportIssue[];
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
