import { z } from "zod";
import { safeString } from "@/lib/validation";

const optionValues = z.record(safeString(), safeString());

/** "M / Navy" from {"Size": "M", "Colour": "Navy"} in the product's option order. */
export function variantTitle(optionNames: string[], values: unknown): string {
  const parsed = optionValues.safeParse(values);
  if (!parsed.success) return "";
  return optionNames
    .map((name) => parsed.data[name])
    .filter((v): v is string => Boolean(v))
    .join(" / ");
}
