import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { slugSchema } from "@/lib/catalog/schemas";
import { env } from "@/lib/env";
import {
  MAX_STOCK,
  MAX_WEIGHT_GRAMS,
  integer,
  lineText,
  optionNameSchema,
  optionValueSchema,
  priceSchema,
  productStatuses,
  skuSchema,
  vatRateSchema,
} from "./schemas";

// One CSV row's cells (text; empty cells absent) → typed values. The same rules as the forms and the API.

const yesNo = (column: string) =>
  safeString()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(["true", "false", "yes", "no", "1", "0"], {
        error: schemaMessage("{column} must be true or false.", { column }),
      }),
    )
    .transform((value) => value === "true" || value === "yes" || value === "1");

export const importRowSchema = z.object({
  sku: safeString({ error: "Every row needs a SKU." }).pipe(skuSchema),
  product_slug: slugSchema.optional(),
  product_name: lineText("product_name", 200).optional(),
  category_slug: slugSchema.optional(),
  status: safeString()
    .trim()
    .toUpperCase()
    .pipe(z.enum(productStatuses, { error: "status must be DRAFT, ACTIVE or ARCHIVED." }))
    .optional(),
  featured: yesNo("featured").optional(),
  vat_rate: vatRateSchema.optional(),
  description: safeString()
    .trim()
    .max(5000, "description has at most 5000 characters.")
    .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), "description must be plain text.")
    .optional(),
  option1_name: optionNameSchema.optional(),
  option1_value: optionValueSchema.optional(),
  option2_name: optionNameSchema.optional(),
  option2_value: optionValueSchema.optional(),
  option3_name: optionNameSchema.optional(),
  option3_value: optionValueSchema.optional(),
  price: priceSchema.optional(),
  currency: safeString()
    .trim()
    .toUpperCase()
    .refine(
      (code) => code === env.SHOP_CURRENCY,
      schemaMessage("Prices are in {currency}, the shop’s currency.", { currency: env.SHOP_CURRENCY }),
    )
    .optional(),
  stock_on_hand: integer("stock_on_hand", 0, MAX_STOCK).optional(),
  // Written by the export for information; reservations belong to orders and are never imported.
  stock_reserved: safeString().optional(),
  variant_active: yesNo("variant_active").optional(),
  variant_position: integer("variant_position", 0, 10_000).optional(),
  weight_grams: integer("weight_grams", 0, MAX_WEIGHT_GRAMS).optional(),
});

export type ImportRow = z.infer<typeof importRowSchema>;
