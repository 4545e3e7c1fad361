import { storedOptionValues } from "@/lib/catalog/stored-option-values";

/** "M / Navy" from {"Size": "M", "Colour": "Navy"} in the product's option order. */
export function variantTitle(optionNames: string[], values: unknown): string {
  const parsed = storedOptionValues(values);
  return optionNames
    .map((name) => parsed[name])
    .filter((v): v is string => Boolean(v))
    .join(" / ");
}
