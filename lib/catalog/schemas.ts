import { z } from "zod";
import { safeString } from "@/lib/validation";
import { env } from "@/lib/env";
import { parseMajorUnits } from "@/lib/money/money";

export const MAX_PAGE_SIZE = 48;
export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE = 1000;

export const slugSchema = safeString()
  .min(1)
  .max(120, "A slug has at most 120 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "A slug uses lower-case letters, digits and single hyphens.");

export const productSorts = ["relevance", "newest", "price_asc", "price_desc", "name"] as const;
export type ProductSort = (typeof productSorts)[number];

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

const priceParam = (label: string) =>
  safeString()
    .max(12, `${label} is too long.`)
    .transform((text, ctx) => {
      const minor = parseMajorUnits(text, env.SHOP_CURRENCY);
      if (minor === null) {
        ctx.addIssue({ code: "custom", message: `${label} must be an amount such as 25 or 19.90.` });
        return z.NEVER;
      }
      return minor;
    });

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Listing and search: validates both the /api/products query and the storefront's search params. */
export const productListQuerySchema = z
  .object({
    q: z.preprocess(
      emptyToUndefined,
      safeString().trim().max(200, "Search text has at most 200 characters.").optional(),
    ),
    category: z.preprocess(emptyToUndefined, slugSchema.optional()),
    page: z.preprocess(emptyToUndefined, wholeNumber("Page", 1, MAX_PAGE).default(1)),
    pageSize: z.preprocess(emptyToUndefined, wholeNumber("Page size", 1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)),
    sort: z.preprocess(
      emptyToUndefined,
      z.enum(productSorts, { error: `Sort must be one of: ${productSorts.join(", ")}.` }).default("relevance"),
    ),
    minPrice: z.preprocess(emptyToUndefined, priceParam("Minimum price").optional()),
    maxPrice: z.preprocess(emptyToUndefined, priceParam("Maximum price").optional()),
    inStock: z.preprocess(
      emptyToUndefined,
      z
        .enum(["true", "false", "1", "0"], { error: "In stock must be true or false." })
        .transform((v) => v === "true" || v === "1")
        .optional(),
    ),
  })
  .refine((q) => q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice, {
    path: ["maxPrice"],
    message: "Maximum price must not be below the minimum price.",
  });

export type ProductListQuery = z.infer<typeof productListQuerySchema>;

export const productSlugParamsSchema = z.object({ slug: slugSchema });
