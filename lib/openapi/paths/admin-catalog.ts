import { z } from "zod";
import { safeString } from "@/lib/validation";
import { MAX_IMPORT_BYTES, csvColumns } from "@/lib/catalog-admin/csv-format";
import type { ImportReport } from "@/lib/catalog-admin/import-types";
import {
  adminProductListSchema,
  categoryCreateSchema,
  categoryOrderSchema,
  categoryUpdateSchema,
  idParams,
  imageAltSchema,
  imageParams,
  imageUploadSchema,
  importModeSchema,
  productCreateSchema,
  productExportQuerySchema,
  productStatuses,
  productUpdateSchema,
  stockAdjustmentSchema,
  variantCreateSchema,
  variantUpdateSchema,
} from "@/lib/catalog-admin/schemas";
import type {
  AdminCategory,
  AdminImage,
  AdminProduct,
  AdminProductPage,
  AdminStockAdjustment,
  AdminVariant,
} from "@/lib/catalog-admin/types";
import { env } from "@/lib/env";
import type { ApiOperation } from "../registry";
import { moneySchema, readScope, timestamp, writeScope } from "../shared";

// The catalog as staff manage it: products of any status, variants, pictures, stock and categories, plus the CSV
// export and import. Prices are sent as decimal text ("19.99") in the shop's currency and come back as Money.

const TAG = "Admin: catalog";
const count = z.number().int();
const productStatus = z.enum(productStatuses);

const categorySchema: z.ZodType<AdminCategory> = z
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

const variantSchema: z.ZodType<AdminVariant> = variantObject.meta({ id: "AdminVariant" });

const variantOfProductSchema: z.ZodType<AdminVariant & { productId: string }> = variantObject
  .extend({ productId: z.uuid() })
  .meta({ id: "AdminVariantOfProduct" });

const imageSchema: z.ZodType<AdminImage> = z
  .object({
    id: z.uuid(),
    url: safeString().meta({ description: "Where the picture is served, relative to the shop's address." }),
    alt: safeString(),
    width: count,
    height: count,
    position: count,
  })
  .meta({ id: "AdminImage" });

const stockAdjustmentSchemaOut: z.ZodType<AdminStockAdjustment> = z
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

const productSchema: z.ZodType<AdminProduct> = z
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

const productPageSchema: z.ZodType<AdminProductPage> = z
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

const importReportSchema: z.ZodType<ImportReport> = z
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
      unchanged: count,
    }),
    issues: z
      .array(
        z.object({
          row: count.meta({ description: "As a spreadsheet numbers it: the header is row 1." }),
          column: z.enum(csvColumns).nullable(),
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
        }),
      )
      .meta({ description: "The first 200 rows that change something." }),
  })
  .meta({ id: "ImportReport" });

const csvFile = safeString().meta({
  description: `One row per variant with a header row; only \`sku\` is required, other columns change what they name. Columns: ${csvColumns.map((c) => `\`${c}\``).join(", ")}. At most ${MAX_IMPORT_BYTES / (1024 * 1024)} MB of UTF-8.`,
});

const exampleCategoryId = "5b0e2f6c-3d8a-4f1e-9c7b-2a4d6e8f0a1c";

export const adminCatalogOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/products",
    tag: TAG,
    summary: "Lists products of any status",
    description: `Newest change first, with stock totals and the price range over all variants. \`q\` matches the name, the slug or a SKU. ${readScope}`,
    audience: "staff",
    query: adminProductListSchema,
    success: { status: 200, description: "One page of products.", schema: productPageSchema },
  },
  {
    method: "post",
    path: "/api/admin/products",
    tag: TAG,
    summary: "Creates a product with its variants",
    description: `Prices are decimal text in the shop's currency, the VAT rate a percentage (the shop's standard rate when left out). The slug is made from the name when left out. Initial stock is recorded as a stock adjustment. ${writeScope}`,
    audience: "staff",
    body: productCreateSchema,
    example: {
      name: "Linen shirt",
      description: "Loose-fitting shirt in washed linen.",
      categoryId: exampleCategoryId,
      status: "DRAFT",
      vatRate: "21",
      optionNames: ["Size"],
      variants: [
        { sku: "LINEN-SHIRT-S", optionValues: { Size: "S" }, price: "39.90", stockOnHand: 10 },
        { sku: "LINEN-SHIRT-M", optionValues: { Size: "M" }, price: "39.90", stockOnHand: 12 },
      ],
    },
    success: { status: 201, description: "The new product.", schema: productSchema },
  },
  {
    method: "get",
    path: "/api/admin/products/{id}",
    tag: TAG,
    summary: "Gets a product as staff see it",
    description: `Every variant and picture whatever their state, and the recent stock history. ${readScope}`,
    audience: "staff",
    params: idParams,
    success: { status: 200, description: "The product.", schema: productSchema },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/admin/products/{id}",
    tag: TAG,
    summary: "Changes a product's own fields",
    description: `Send only what changes. Option names can be renamed (the variants follow) but not added or removed once the product has variants. Variants have their own routes. ${writeScope}`,
    audience: "staff",
    params: idParams,
    body: productUpdateSchema,
    example: { name: "Washed linen shirt", status: "ACTIVE", featured: true },
    success: { status: 200, description: "The product as changed.", schema: productSchema },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/admin/products/{id}",
    tag: TAG,
    summary: "Archives a product",
    description: `Products are never deleted, since orders and invoices refer to them: this sets the status to ARCHIVED (a PATCH can set it back). Archiving twice changes nothing. ${writeScope}`,
    audience: "staff",
    params: idParams,
    success: { status: 200, description: "The archived product.", schema: productSchema },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/admin/products/{id}/variants",
    tag: TAG,
    summary: "Adds a variant to a product",
    description: `The option values name exactly the product's options. Initial stock is recorded as a stock adjustment. ${writeScope}`,
    audience: "staff",
    params: idParams,
    body: variantCreateSchema,
    example: { sku: "LINEN-SHIRT-L", optionValues: { Size: "L" }, price: "41.90", stockOnHand: 8 },
    success: { status: 201, description: "The new variant.", schema: variantSchema },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/admin/variants/{id}",
    tag: TAG,
    summary: "Changes a variant",
    description: `SKU, option values, price, position or the active flag; stock changes go through POST /api/admin/variants/{id}/stock-adjustments. ${writeScope}`,
    audience: "staff",
    params: idParams,
    body: variantUpdateSchema,
    example: { price: "37.50", active: true },
    success: { status: 200, description: "The variant as changed.", schema: variantOfProductSchema },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/admin/variants/{id}",
    tag: TAG,
    summary: "Withdraws a variant from sale",
    description: `Sets it inactive; it is kept for the orders that refer to it, and its reserved units stay reserved. ${writeScope}`,
    audience: "staff",
    params: idParams,
    success: { status: 200, description: "The inactive variant.", schema: variantOfProductSchema },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/admin/variants/{id}/stock-adjustments",
    tag: TAG,
    summary: "Lists a variant's manual stock changes",
    description: `The latest 100, newest first. ${readScope}`,
    audience: "staff",
    params: idParams,
    success: {
      status: 200,
      description: "The stock changes.",
      schema: z.object({ items: z.array(stockAdjustmentSchemaOut) }),
    },
    errors: ["not_found"],
  },
  {
    method: "post",
    path: "/api/admin/variants/{id}/stock-adjustments",
    tag: TAG,
    summary: "Adjusts a variant's stock on hand",
    description: `A positive \`delta\` adds units, a negative one removes them, with a reason. Stock cannot go below 0 or below what unpaid orders have reserved (409). ${writeScope}`,
    audience: "staff",
    params: idParams,
    body: stockAdjustmentSchema,
    example: { delta: -2, reason: "Damaged in the warehouse" },
    success: {
      status: 201,
      description: "The variant after the change, and the recorded adjustment.",
      schema: z.object({
        variant: variantOfProductSchema,
        adjustment: z.object({ id: z.uuid(), delta: count, stockAfter: count }),
      }),
    },
    errors: ["not_found", "conflict"],
  },
  {
    method: "post",
    path: "/api/admin/products/{id}/images",
    tag: TAG,
    summary: "Uploads a product picture",
    description: `A JPEG, PNG, WebP or AVIF file of at most ${Math.round(env.UPLOAD_MAX_IMAGE_BYTES / (1024 * 1024))} MB, checked by decoding it and stored re-encoded without its metadata; it goes after the product's other pictures. Anything else is refused with 415. ${writeScope}`,
    audience: "staff",
    params: idParams,
    upload: { contentType: "multipart/form-data", schema: imageUploadSchema },
    success: { status: 201, description: "The stored picture.", schema: imageSchema },
    errors: ["not_found"],
  },
  {
    method: "patch",
    path: "/api/admin/products/{id}/images/{imageId}",
    tag: TAG,
    summary: "Changes a picture's text alternative",
    description: `What screen readers say and search engines index. ${writeScope}`,
    audience: "staff",
    params: imageParams,
    body: imageAltSchema,
    example: { alt: "Linen shirt in sand, seen from the front" },
    success: { status: 200, description: "The picture.", schema: imageSchema },
    errors: ["not_found"],
  },
  {
    method: "delete",
    path: "/api/admin/products/{id}/images/{imageId}",
    tag: TAG,
    summary: "Removes a picture from a product",
    description: `Its uploaded file is deleted too. ${writeScope}`,
    audience: "staff",
    params: imageParams,
    success: { status: 204, description: "Removed." },
    errors: ["not_found"],
  },
  {
    method: "get",
    path: "/api/admin/products/export.csv",
    tag: TAG,
    summary: "Exports products as CSV",
    description: `Every variant of the products the filters select (as the product list does, all pages), one row each, in the columns the import reads; streamed. ${readScope}`,
    audience: "staff",
    query: productExportQuerySchema,
    success: { status: 200, description: "The CSV file (UTF-8, with a header row).", contentType: "text/csv" },
  },
  {
    method: "post",
    path: "/api/admin/products/import",
    tag: TAG,
    summary: "Imports products from CSV",
    description: `Send the file as the body (\`text/csv\`; \`text/plain\`, \`application/csv\` and \`application/vnd.ms-excel\` are accepted too). \`mode=preview\` writes nothing and reports what applying would do; \`mode=apply\` writes every row in one transaction, or none when the file has issues. With \`Accept: application/x-ndjson\` the answer is a stream of JSON lines instead: \`{"type":"progress","phase","done","total"}\` while the file is read, checked and written, then \`{"type":"report","report":…}\` or \`{"type":"error","error":{code,message}}\`. ${writeScope} A preview needs it too.`,
    audience: "staff",
    query: importModeSchema,
    upload: { contentType: "text/csv", schema: csvFile },
    success: { status: 200, description: "The import report.", schema: importReportSchema },
    errors: ["conflict"],
  },
  {
    method: "get",
    path: "/api/admin/categories",
    tag: TAG,
    summary: "Lists every category",
    description: `Archived ones included, in display order, with how many products each holds. ${readScope}`,
    audience: "staff",
    success: { status: 200, description: "The categories.", schema: z.object({ items: z.array(categorySchema) }) },
  },
  {
    method: "post",
    path: "/api/admin/categories",
    tag: TAG,
    summary: "Creates a category",
    description: `Placed last unless a position is given; the slug is made from the name when left out. ${writeScope}`,
    audience: "staff",
    body: categoryCreateSchema,
    example: { name: "Shirts", slug: "shirts", description: "Shirts for every season." },
    success: { status: 201, description: "The new category.", schema: categorySchema },
  },
  {
    method: "put",
    path: "/api/admin/categories/order",
    tag: TAG,
    summary: "Sets the order of all categories",
    description: `Full replacement of the storefront's order: \`ids\` lists every category (archived ones included) exactly once, first shown first, and positions become 0, 1, 2… in that order. A list that misses a category or names one that does not exist (someone added or removed one meanwhile) is refused with 409 and nothing changes; repeats or bad ids are 400. Idempotent: the same list again changes nothing. To move one category, \`PATCH /api/admin/categories/{id}\` with a position. ${writeScope}`,
    audience: "staff",
    body: categoryOrderSchema,
    example: {
      ids: ["5f0c6a2e-1b7d-4c3a-9e8f-0a1b2c3d4e5f", "a3c9e1f0-7b2d-4e6a-8c5f-1d2e3f4a5b6c"],
    },
    success: {
      status: 200,
      description: "Every category in its new order.",
      schema: z.object({ items: z.array(categorySchema) }),
    },
    errors: ["conflict"],
  },
  {
    method: "patch",
    path: "/api/admin/categories/{id}",
    tag: TAG,
    summary: "Changes or archives a category",
    description: `Renames, re-slugs, repositions, or archives it (\`archived: true\`; its products leave the storefront with it) and back. ${writeScope}`,
    audience: "staff",
    params: idParams,
    body: categoryUpdateSchema,
    example: { name: "Shirts and blouses", position: 2 },
    success: { status: 200, description: "The category as changed.", schema: categorySchema },
    errors: ["not_found"],
  },
];
