import { z } from "zod";
import { safeString } from "@/lib/validation";

// A variant's option values as its JSON column holds them ({ "Size": "M", "Colour": "Navy" }), parsed rather than
// cast: a value of another shape reads as no options instead of travelling on as the wrong type.

const storedOptionValuesSchema = z.record(safeString(), safeString());

export function storedOptionValues(json: unknown): Record<string, string> {
  const parsed = storedOptionValuesSchema.safeParse(json);
  return parsed.success ? parsed.data : {};
}
