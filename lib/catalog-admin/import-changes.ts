import { formatDecimal } from "./amounts";
import type { ProductFields } from "./import-plan";
import type { ImportChange, ImportProductField, ImportRowPreview } from "./import-types";

/** A product's field as the import plan names it → the field a preview reports. */
export const previewField = (field: keyof ProductFields): ImportProductField =>
  field === "vatRateBps" ? "vatRate" : field;

/** A change in the English words of the API's `changes` list. */
export function changeText(change: ImportChange): string {
  switch (change.kind) {
    case "newProduct":
      return "new product";
    case "productField":
      return `product ${change.field === "vatRate" ? "VAT rate" : change.field}`;
    case "productTranslation":
      return `product ${change.column}`;
    case "newVariant":
      return `new variant at ${formatDecimal(change.price, change.currency)}`;
    case "price":
      return `price ${formatDecimal(change.from, change.currency)} → ${formatDecimal(change.to, change.currency)}`;
    case "stock":
      return `stock ${change.from} → ${change.to}`;
    case "position":
      return `position ${change.from} → ${change.to}`;
    case "weight":
      return `weight ${change.from} g → ${change.to} g`;
    case "variantActive":
      return "variant active";
    case "variantInactive":
      return "variant inactive";
    case "optionValues":
      return "option values";
  }
}

/** Adds changes to a row's preview, as data and as words. */
export function noteChanges(preview: Pick<ImportRowPreview, "changes" | "details">, changes: ImportChange[]): void {
  preview.details.push(...changes);
  preview.changes.push(...changes.map(changeText));
}
