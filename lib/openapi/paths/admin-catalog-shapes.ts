import { z } from "zod";
import { safeString } from "@/lib/validation";
import { type CsvColumn, MAX_IMPORT_BYTES, allCsvColumns } from "@/lib/catalog-admin/csv-format";
import type { ImportReport } from "@/lib/catalog-admin/import-types";
import { productStatuses } from "@/lib/catalog-admin/schemas";
import type {
  AdminCategory,
  AdminImage,
  AdminProduct,
  AdminProductPage,
  AdminStockAdjustment,
  AdminVariant,
} from "@/lib/catalog-admin/types";
import { moneySchema, timestamp } from "../shared";

// The shapes the staff catalog API answers with, for the OpenAPI document (operations: admin-catalog.ts).

export const count = z.number().int();
const productStatus = z.enum(productStatuses);

export const categorySchema: z.ZodType<AdminCategory> = z
  .object({
    id: z.uuid(),
    slug: safeString(),
    name: safeString(),
    description: safeString(),
    position: count,
    archived: z.boolean().meta({ description: "Hidden from the storefront with its products, kept in the admin." }),
    productCount: count.meta({ description: "Products of any status in the category." }),
  })
  .meta({ id: "AdminCategory" });

const variantObject = z.object({
  id: z.uuid(),
  sku: safeString().meta({ description: "Stored in capitals." }),
  optionValues: z.record(safeString(), safeString()).meta({ example: { Size: "M" } }),
  price: moneySchema,
  stockOnHand: count,
  stockReserved: count.meta({ description: "Held by unpaid orders." }),
  available: count.meta({ description: "On hand minus reserved: what shoppers can still buy." }),
  active: z.boolean(),
  position: count,
  weightGrams: count.meta({ description: "Shipping weight in grams; delivery weight bands price the cart's total." }),
});

export const variantSchema: z.ZodType<AdminVariant> = variantObject.meta({ id: "AdminVariant" });

export const variantOfProductSchema: z.ZodType<AdminVariant & { productId: string }> = variantObject
  .extend({ productId: z.uuid() })
  .meta({ id: "AdminVariantOfProduct" });

export const imageSchema: z.ZodType<AdminImage> = z
  .object({
    id: z.uuid(),
    url: safeString().meta({ description: "Where the picture is served, relative to the shop's address." }),
    alt: safeString(),
    width: count,
    height: count,
    position: count,
  })
  .meta({ id: "AdminImage" });

export const stockAdjustmentSchemaOut: z.ZodType<AdminStockAdjustment> = z
  .object({
    id: z.uuid(),
    variantId: z.uuid(),
    sku: safeString(),
    delta: count,
    stockAfter: count,
    reason: safeString(),
    actor: safeString().meta({ description: 'Who made it, e.g. "staff:<user id>".' }),
    createdAt: timestamp,
  })
  .meta({ id: "StockAdjustment" });

export const productSchema: z.ZodType<AdminProduct> = z
  .object({
    id: z.uuid(),
    slug: safeString(),
    name: safeString(),
    description: safeString(),
    category: z.object({ id: z.uuid(), slug: safeString(), name: safeString(), archived: z.boolean() }),
    status: productStatus,
    featured: z.boolean(),
    vatRateBps: count.meta({ description: "VAT rate in basis points (2100 = 21 %)." }),
    optionNames: z.array(safeString()),
    variants: z.array(variantSchema),
    images: z.array(imageSchema),
    stockAdjustments: z
      .array(stockAdjustmentSchemaOut)
      .meta({ description: "The latest manual stock changes of all its variants, newest first." }),
    hasOrders: z.boolean().meta({ description: "Some order refers to one of its variants." }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "AdminProduct" });

export const productPageSchema: z.ZodType<AdminProductPage> = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        slug: safeString(),
        name: safeString(),
        status: productStatus,
        featured: z.boolean(),
        category: z.object({ id: z.uuid(), name: safeString(), archived: z.boolean() }),
        variantCount: count,
        priceMin: moneySchema.nullable().meta({ description: "Null while the product has no variants." }),
        priceMax: moneySchema.nullable(),
        stockOnHand: count,
        stockReserved: count,
        available: count,
        image: z.object({ url: safeString(), alt: safeString() }).nullable(),
        updatedAt: timestamp,
      }),
    ),
    total: count,
    page: count,
    pageSize: count,
    pageCount: count,
  })
  .meta({ id: "AdminProductPage" });

const importChangeSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.enum(["newProduct", "variantActive", "variantInactive", "optionValues"]) }),
    z.object({
      kind: z.literal("productField"),
      field: z.enum(["name", "description", "categoryId", "status", "featured", "vatRate", "optionNames"]),
    }),
    z.object({
      kind: z.literal("productTranslation"),
      column: safeString().meta({ description: "A translation column, such as name_cs." }),
    }),
    z.object({
      kind: z.literal("newVariant"),
      price: count.meta({ description: "In minor units." }),
      currency: safeString(),
    }),
    z.object({
      kind: z.literal("price"),
      from: count.meta({ description: "In minor units." }),
      to: count,
      currency: safeString(),
    }),
    z.object({ kind: z.enum(["stock", "position", "weight"]), from: count, to: count }),
  ])
  .meta({ id: "ImportChange", description: "One change of a row, as data (the `changes` words, for programs)." });

export const importReportSchema: z.ZodType<ImportReport> = z
  .object({
    mode: z.enum(["preview", "apply"]),
    ok: z
      .boolean()
      .meta({ description: "The file has no issues: a preview that can be applied, or an apply that was." }),
    applied: z.boolean(),
    summary: z.object({
      rows: count,
      productsCreated: count,
      productsUpdated: count,
      variantsCreated: count,
      variantsUpdated: count,
      stockChanged: count,
      productsTranslated: count,
      unchanged: count,
    }),
    issues: z
      .array(
        z.object({
          row: count.meta({ description: "As a spreadsheet numbers it: the header is row 1." }),
          column: z.enum(allCsvColumns as [CsvColumn, ...CsvColumn[]]).nullable(),
          message: safeString(),
        }),
      )
      .meta({ description: "The first 1000 problems; issueCount has them all." }),
    issueCount: count,
    preview: z
      .array(
        z.object({
          row: count,
          sku: safeString(),
          productSlug: safeString(),
          action: z.enum(["create", "update", "unchanged"]),
          changes: z.array(safeString()).meta({ example: ["price 19.99 → 17.99", "stock 5 → 8"] }),
          details: z.array(importChangeSchema),
        }),
      )
      .meta({ description: "The first 200 rows that change something." }),
  })
  .meta({ id: "ImportReport" });

export const csvFile = safeString().meta({
  description: `One row per variant with a header row; only \`sku\` is required, other columns change what they name. Columns: ${allCsvColumns.map((c) => `\`${c}\``).join(", ")} (name_<language> and description_<language> for each language besides the shop’s own: an empty cell clears that translation, a file without the column leaves it alone). At most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB of UTF-8.`,
});
