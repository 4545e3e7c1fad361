import { z } from "zod";
import { type ServerMessage, schemaMessage, serverMessage, serverMessageIssue } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { slugSchema } from "@/lib/catalog/schemas";
import { env } from "@/lib/env";
import { MAX_PRICE_MAJOR, parsePrice, parseVatPercent } from "./amounts";

// One set of schemas for the admin pages' server actions, the /api/admin route handlers and the CSV import.
// Objects are strict: a field the API does not know (a typo, or stockReserved) is refused by name, not ignored.
// Amounts arrive as decimal text ("19.99", "21") or JSON numbers and leave as integers (minor units, basis points).

export const productStatuses = ["DRAFT", "ACTIVE", "ARCHIVED"] as const;
export type ProductStatusValue = (typeof productStatuses)[number];

export const MAX_OPTIONS = 3;
export const MAX_VARIANTS_PER_REQUEST = 100;
/** Units on hand a variant may hold; keeps sums far inside a 32-bit column. */
export const MAX_STOCK = 10_000_000;
/** Heaviest a variant may weigh, in grams (a tonne): far above any parcel, and a typo's bound. */
export const MAX_WEIGHT_GRAMS = 1_000_000;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Required one-line text: trimmed, bounded, no control characters. */
export const lineText = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
    .trim()
    .min(1, schemaMessage("{label} is required.", { label: serverMessage(label) }))
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .refine(
      (text) => !CONTROL.test(text) && !/[\r\n]/.test(text),
      schemaMessage("{label} must be one line of plain text.", { label: serverMessage(label) }),
    );

const longText = (label: string, max: number) =>
  safeString({ error: schemaMessage("{label} must be text.", { label: serverMessage(label) }) })
    .trim()
    .max(
      max,
      schemaMessage("{label} has at most {max, plural, one {# character} other {# characters}}.", {
        label: serverMessage(label),
        max,
      }),
    )
    .refine(
      (text) => !CONTROL.test(text),
      schemaMessage("{label} must be plain text.", { label: serverMessage(label) }),
    );

/** A whole number, from JSON or from a form's text. */
export const integer = (label: string, min: number, max: number) =>
  z
    .union(
      [
        z.number(),
        safeString()
          .trim()
          .regex(/^[+-]?\d{1,12}$/, schemaMessage("{label} must be a whole number.", { label: serverMessage(label) })),
      ],
      {
        error: schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }),
      },
    )
    .transform(Number)
    .pipe(
      z
        .number()
        .int(schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }))
        .min(min, schemaMessage("{label} must be at least {min}.", { label: serverMessage(label), min }))
        .max(max, schemaMessage("{label} must be at most {max}.", { label: serverMessage(label), max })),
    );

/** A variant's shipping weight in whole grams; delivery weight bands price the cart's total. */
export const weightGramsSchema = integer("The weight in grams", 0, MAX_WEIGHT_GRAMS);

/** A price as decimal text or a JSON number, in the shop's currency → integer minor units. */
export const priceSchema = z
  .union([safeString(), z.number()], { error: "The price must be an amount such as 19.99." })
  .transform((value, ctx) => {
    const minor = parsePrice(String(value), env.SHOP_CURRENCY);
    if (minor === null) {
      ctx.addIssue({
        code: "custom",
        message: schemaMessage("The price must be an amount from 0 to {max} with at most 2 decimals, such as 19.99.", {
          max: MAX_PRICE_MAJOR,
        }),
      });
      return z.NEVER;
    }
    return minor;
  })
  .meta({ description: 'An amount in the shop\'s currency, as decimal text ("19.99") or a number.' });

/** A VAT rate in percent ("21", "13.5") → basis points. */
export const vatRateSchema = z
  .union([safeString(), z.number()], { error: "The VAT rate must be a percentage such as 21." })
  .transform((value, ctx) => {
    const bps = parseVatPercent(String(value));
    if (bps === null) {
      ctx.addIssue({ code: "custom", message: "The VAT rate must be a percentage from 0 to 100, such as 21 or 13.5." });
      return z.NEVER;
    }
    return bps;
  })
  .meta({ description: 'A percentage ("21", "13.5").' });

export const idSchema = z.uuid({ error: "This is not a valid id." });
export const idParams = z.object({ id: idSchema });

const optionalSlug = z.preprocess((value) => (value === "" ? undefined : value), slugSchema.optional());

export const skuSchema = safeString({ error: "The SKU must be text." })
  .trim()
  .min(1, "The SKU is required.")
  .max(64, "A SKU has at most 64 characters.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "A SKU uses letters, digits, dots, slashes, hyphens and underscores.")
  // Stored in capitals, so "abc-1" and "ABC-1" are the same SKU for the unique check and the CSV import.
  .transform((sku) => sku.toUpperCase());

export const optionNameSchema = lineText("An option name", 40);
export const optionValueSchema = lineText("An option value", 60);

export const optionNamesSchema = z
  .array(optionNameSchema, { error: "Option names must be a list." })
  .max(
    MAX_OPTIONS,
    schemaMessage("A product has at most {count, plural, one {# option} other {# options}}.", { count: MAX_OPTIONS }),
  )
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, "Each option name once.");

export const optionValuesSchema = z
  .record(safeString().max(40, "An option name has at most 40 characters."), optionValueSchema, {
    error: 'Option values must be an object such as { "Size": "M" }.',
  })
  .refine(
    (values) => Object.keys(values).length <= MAX_OPTIONS,
    schemaMessage("A variant has at most {count, plural, one {# option} other {# options}}.", { count: MAX_OPTIONS }),
  );

const variantFields = {
  sku: skuSchema,
  optionValues: optionValuesSchema.default({}),
  price: priceSchema,
  active: z.boolean({ error: "Active must be true or false." }).default(true),
  position: integer("The position", 0, 10_000).default(0),
  weightGrams: weightGramsSchema.default(0),
};

const renamePrice = <T extends { price: number }>({ price, ...rest }: T) => ({ ...rest, priceMinor: price });

export const variantCreateSchema = z
  .strictObject({ ...variantFields, stockOnHand: integer("Stock on hand", 0, MAX_STOCK).default(0) })
  .transform(renamePrice);
export type VariantCreateInput = z.infer<typeof variantCreateSchema>;

export const variantUpdateSchema = z
  .strictObject({
    sku: variantFields.sku.optional(),
    optionValues: optionValuesSchema.optional(),
    price: priceSchema.optional(),
    active: variantFields.active.unwrap().optional(),
    position: integer("The position", 0, 10_000).optional(),
    weightGrams: weightGramsSchema.optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "Send at least one field to change.")
  .transform(({ price, ...rest }) => ({ ...rest, ...(price === undefined ? {} : { priceMinor: price }) }));
export type VariantUpdateInput = z.infer<typeof variantUpdateSchema>;

const productFields = {
  name: lineText("The name", 200),
  slug: optionalSlug,
  description: longText("The description", 5000).default(""),
  categoryId: z.uuid({ error: "Choose a category." }),
  status: z.enum(productStatuses, { error: "The status is DRAFT, ACTIVE or ARCHIVED." }).default("DRAFT"),
  featured: z.boolean({ error: "Featured must be true or false." }).default(false),
  vatRate: vatRateSchema.optional(),
  optionNames: optionNamesSchema.default([]),
};

/** Every variant names a value for each of the product's options, and nothing else. */
export function optionValueIssues(
  optionNames: readonly string[],
  optionValues: Record<string, string>,
): { key: string; message: ServerMessage }[] {
  const issues = optionNames
    .filter((name) => !optionValues[name])
    .map((name) => ({ key: name, message: serverMessage("Give a value for {option}.", { option: name }) }));
  for (const key of Object.keys(optionValues)) {
    if (!optionNames.includes(key))
      issues.push({ key, message: serverMessage("The product has no option called {option}.", { option: key }) });
  }
  return issues;
}

export const productCreateSchema = z
  .strictObject({
    ...productFields,
    variants: z
      .array(variantCreateSchema, { error: "Variants must be a list." })
      .max(
        MAX_VARIANTS_PER_REQUEST,
        schemaMessage("At most {count} variants per request.", { count: MAX_VARIANTS_PER_REQUEST }),
      )
      .default([]),
  })
  .superRefine((product, ctx) => {
    const seen = new Map<string, number>();
    product.variants.forEach((variant, index) => {
      const key = variant.sku.toUpperCase();
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: ["variants", index, "sku"], message: "This SKU is used twice." });
      seen.set(key, index);
      for (const issue of optionValueIssues(product.optionNames, variant.optionValues)) {
        ctx.addIssue({
          ...serverMessageIssue(issue.message.template, issue.message.values),
          path: ["variants", index, "optionValues", issue.key],
        });
      }
    });
  })
  .transform(({ vatRate, ...rest }) => ({ ...rest, vatRateBps: vatRate ?? env.SHOP_STANDARD_VAT_BPS }));
export type ProductCreateInput = z.infer<typeof productCreateSchema>;

export const productUpdateSchema = z
  .strictObject({
    name: productFields.name.optional(),
    slug: productFields.slug,
    description: longText("The description", 5000).optional(),
    categoryId: productFields.categoryId.optional(),
    status: productFields.status.unwrap().optional(),
    featured: productFields.featured.unwrap().optional(),
    vatRate: vatRateSchema.optional(),
    optionNames: optionNamesSchema.optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), "Send at least one field to change.")
  .transform(({ vatRate, ...rest }) => ({ ...rest, ...(vatRate === undefined ? {} : { vatRateBps: vatRate }) }));
export type ProductUpdateInput = z.infer<typeof productUpdateSchema>;

export const stockAdjustmentSchema = z.strictObject({
  delta: integer("The change", -MAX_STOCK, MAX_STOCK).refine((n) => n !== 0, "The change must not be 0."),
  reason: lineText("The reason", 200),
});
export type StockAdjustmentInput = z.infer<typeof stockAdjustmentSchema>;

export const categoryCreateSchema = z.strictObject({
  name: lineText("The name", 100),
  slug: optionalSlug,
  description: longText("The description", 2000).default(""),
  position: integer("The position", 0, 10_000).optional(),
});
export type CategoryCreateInput = z.infer<typeof categoryCreateSchema>;

export const categoryUpdateSchema = z
  .strictObject({
    name: lineText("The name", 100).optional(),
    slug: optionalSlug,
    description: longText("The description", 2000).optional(),
    position: integer("The position", 0, 10_000).optional(),
    archived: z.boolean({ error: "Archived must be true or false." }).optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), "Send at least one field to change.");
export type CategoryUpdateInput = z.infer<typeof categoryUpdateSchema>;

/** Most categories one order may list; far more than a shop's menu holds, and bounds the request. */
export const MAX_CATEGORIES = 1000;

/** The storefront's whole order of categories: every category's id exactly once, first shown first. */
export const categoryOrderSchema = z.strictObject({
  ids: z
    .array(idSchema, { error: "Send the category ids as a list." })
    .min(1, "List every category.")
    .max(MAX_CATEGORIES, schemaMessage("At most {count} categories.", { count: MAX_CATEGORIES }))
    .refine((ids) => new Set(ids).size === ids.length, "List each category once only."),
});
export type CategoryOrderInput = z.infer<typeof categoryOrderSchema>;

export const categoryMoveSchema = z.strictObject({
  id: idSchema,
  direction: z.enum(["up", "down"], { error: "Move up or down." }),
});

export const imageAltSchema = z.strictObject({ alt: lineText("The description of the picture", 200) });

/** The upload form (multipart/form-data): the picture file and its text alternative. */
export const imageUploadSchema = imageAltSchema.extend({ file: z.file({ error: "Choose a picture to upload." }) });

export const imageParams = z.object({ id: idSchema, imageId: idSchema });

export const adminProductListSchema = z.object({
  q: z.preprocess(
    (v) => (v === "" ? undefined : v),
    safeString().trim().max(100, "Search text has at most 100 characters.").optional(),
  ),
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(productStatuses, { error: "The status is DRAFT, ACTIVE or ARCHIVED." }).optional(),
  ),
  categoryId: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "Unknown category." }).optional()),
  page: z.preprocess((v) => (v === "" ? undefined : v), integer("The page", 1, 100_000).default(1)),
  pageSize: z.preprocess((v) => (v === "" ? undefined : v), integer("The page size", 1, 100).default(25)),
});
export type AdminProductListQuery = z.infer<typeof adminProductListSchema>;

/** The CSV export takes the list's filters, so it exports what the list shows (every page of it). */
export const productExportQuerySchema = adminProductListSchema.pick({ q: true, status: true, categoryId: true });

export const importModeSchema = z.object({
  mode: z.enum(["preview", "apply"], { error: "The mode is preview or apply." }).default("preview"),
});
