import { z } from "zod";
import { safeString } from "@/lib/validation";
import { catalogLocaleQuerySchema, productListApiQuerySchema, productSlugParamsSchema } from "@/lib/catalog/schemas";
import type { ImageRef, ProductDetail, ProductPage, ProductSummary, VariantDetail } from "@/lib/catalog/types";
import type { ApiOperation } from "../registry";
import { moneySchema, stockStateSchema, timestamp } from "../shared";

const imageSchema: z.ZodType<ImageRef> = z
  .object({
    url: safeString().meta({
      description:
        "The picture file, relative to the shop's address; uploaded ones (/media/…) never change and may be cached.",
    }),
    alt: safeString(),
    width: z.number().int(),
    height: z.number().int(),
  })
  .meta({ id: "Image" });

const LANGUAGE_NOTE =
  " Names, descriptions and image texts come in the language `locale` names (else the Accept-Language header's, else the shop's own), each text not translated in the shop's own; the answer's Content-Language header says which. A `locale` the shop does not offer is refused with 400.";

const categoryRef = z.object({ slug: safeString(), name: safeString() });

const productSummarySchema: z.ZodType<ProductSummary> = z
  .object({
    id: z.uuid(),
    slug: safeString(),
    name: safeString(),
    category: categoryRef,
    priceFrom: moneySchema,
    priceVaries: z.boolean().meta({ description: "Variants differ in price, so listings say “from”." }),
    available: z.number().int().meta({ description: "Units that can be ordered now, across variants." }),
    stockState: stockStateSchema,
    image: imageSchema.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "ProductSummary" });

export const productPageSchema: z.ZodType<ProductPage> = z
  .object({
    items: z.array(productSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
  })
  .meta({ id: "ProductPage" });

const variantSchema: z.ZodType<VariantDetail> = z
  .object({
    id: z.uuid().meta({ description: "Put this id in the cart (POST /api/cart/lines)." }),
    sku: safeString(),
    options: z.record(safeString(), safeString()).meta({ example: { Size: "M", Colour: "Blue" } }),
    price: moneySchema,
    available: z.number().int(),
    stockState: stockStateSchema,
  })
  .meta({ id: "Variant" });

export const productDetailSchema: z.ZodType<ProductDetail> = z
  .object({
    id: z.uuid(),
    slug: safeString(),
    name: safeString(),
    description: safeString(),
    category: categoryRef,
    vatRateBps: z.number().int().meta({ description: "VAT rate in basis points (2100 = 21 %)." }),
    optionNames: z.array(safeString()),
    optionLabels: z
      .object({ names: z.record(safeString(), safeString()), values: z.record(safeString(), safeString()) })
      .meta({
        description:
          "Each option name and value as a person reads it in the answer's language (e.g. Size → Velikost, White → Bílá). `optionNames` and each variant's `options` keep the catalog's own texts, to match variants by.",
        example: { names: { Size: "Velikost" }, values: { M: "M", White: "Bílá" } },
      }),
    variants: z.array(variantSchema),
    images: z.array(imageSchema),
    updatedAt: timestamp,
  })
  .meta({ id: "Product" });

export const catalogOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/products",
    tag: "Catalog",
    summary: "Lists and searches products",
    description:
      "Active products, filtered, sorted and paged. `q` searches names and descriptions in the answer's language and the shop's own, ignores accents and tolerates typos. Prices are in the shop's currency, e.g. `minPrice=19.90`." +
      LANGUAGE_NOTE,
    query: productListApiQuerySchema,
    success: { status: 200, description: "One page of products.", schema: productPageSchema },
  },
  {
    method: "get",
    path: "/api/products/{slug}",
    tag: "Catalog",
    summary: "Gets one product with its variants",
    description: LANGUAGE_NOTE.trim(),
    params: productSlugParamsSchema,
    query: catalogLocaleQuerySchema,
    success: { status: 200, description: "The product.", schema: productDetailSchema },
    errors: ["not_found"],
  },
];
