import type { ImportIssue, ImportRowPreview, ImportSummary } from "./import-types";
import type { ImportRow } from "./import-row-schema";
import type { ProductStatusValue } from "./schemas";

// What an import would write (the plan), and the working records the planning steps hand each other.

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
  weightGrams: number;
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
  /** Products whose translations the file changes: the fields it gives ("cs" → name/description; null clears). */
  translationWrites: { productId: string; translations: ImportTranslations }[];
  previews: ImportRowPreview[];
  summary: ImportSummary;
}

/** language → field → text, null to clear; a field absent is left alone. */
export type ImportTranslations = Partial<Record<string, { name?: string | null; description?: string | null }>>;

export interface ExistingVariant extends VariantFields {
  id: string;
  sku: string;
  productId: string;
  currency: string;
  stockReserved: number;
}

export interface ExistingProduct extends ProductFields {
  id: string;
  slug: string;
  variantCount: number;
}

/** One product the file names: the existing row, if any, and the fields the file gives it. */
export interface ProductTarget {
  key: string;
  existing: ExistingProduct | undefined;
  id: string;
  fields: Partial<ProductFields>;
  /** The row that set each field, to name it when a later row disagrees. */
  setBy: Partial<Record<keyof ProductFields, number>>;
  firstRow: number;
  /** "cs.name" → the text the file gives it (null: clear), and the row that set it. */
  translations: Map<string, { value: string | null; row: number }>;
}

/** A row that passed the row schema, with its option columns read. */
export interface ParsedRow {
  row: number;
  input: ImportRow;
  optionNames: string[] | null;
  optionValues: string[];
  /** The translation cells of the row, "cs.name" → text (null: empty cell, clear); absent columns are absent. */
  translations: Map<string, string | null>;
}

/** Equality of plain values (fields, option lists, option maps) as the database would store them. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
