import { z } from "zod";

const optionValues = z.record(z.string(), z.string());

/** "M / Navy" from {"Size": "M", "Colour": "Navy"} in the product's option order. */
export function variantTitle(optionNames: string[], values: unknown): string {
  const parsed = optionValues.safeParse(values);
  if (!parsed.success) return "";
  return optionNames
    .map((name) => parsed.data[name])
    .filter((v): v is string => Boolean(v))
    .join(" / ");
}
