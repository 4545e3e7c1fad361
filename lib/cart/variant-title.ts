import { glossaryText } from "@/lib/catalog/option-texts";
import { storedOptionValues } from "@/lib/catalog/stored-option-values";

/**
 * "M / Navy" from {"Size": "M", "Colour": "Navy"} in the product's option order; each value as `valueTexts` words
 * it in the reader's language ("M / Námořnická"), else as the catalog has it.
 */
export function variantTitle(
  optionNames: string[],
  values: unknown,
  valueTexts: Readonly<Record<string, string>> = {},
): string {
  const parsed = storedOptionValues(values);
  return optionNames
    .map((name) => parsed[name])
    .filter((v): v is string => Boolean(v))
    .map((value) => glossaryText(valueTexts, value) || value)
    .join(" / ");
}
