import { z } from "zod";
import { schemaMessage, serverMessage } from "@/lib/i18n/server-message";
import { safeString } from "@/lib/validation";
import { env } from "@/lib/env";
import { enabledLanguages, languageOf } from "@/lib/i18n/languages";
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
    .number({ error: schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }) })
    .int(schemaMessage("{label} must be a whole number.", { label: serverMessage(label) }))
    .min(min, schemaMessage("{label} must be at least {min}.", { label: serverMessage(label), min }))
    .max(max, schemaMessage("{label} must be at most {max}.", { label: serverMessage(label), max }));

const priceParam = (label: string) =>
  safeString()
    .max(12, schemaMessage("{label} is too long.", { label: serverMessage(label) }))
    .transform((text, ctx) => {
      const minor = parseMajorUnits(text, env.SHOP_CURRENCY);
      if (minor === null) {
        ctx.addIssue({
          code: "custom",
          message: schemaMessage("{label} must be an amount such as 25 or 19.90.", { label: serverMessage(label) }),
        });
        return z.NEVER;
      }
      return minor;
    });

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

const productListFields = z.object({
  q: z.preprocess(emptyToUndefined, safeString().trim().max(200, "Search text has at most 200 characters.").optional()),
  category: z.preprocess(emptyToUndefined, slugSchema.optional()),
  page: z.preprocess(emptyToUndefined, wholeNumber("Page", 1, MAX_PAGE).default(1)),
  pageSize: z.preprocess(emptyToUndefined, wholeNumber("Page size", 1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE)),
  sort: z.preprocess(
    emptyToUndefined,
    z
      .enum(productSorts, { error: schemaMessage("Sort must be one of: {sorts}.", { sorts: productSorts.join(", ") }) })
      .default("relevance"),
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
});

const pricesInOrder = {
  check: (q: { minPrice?: number | undefined; maxPrice?: number | undefined }) =>
    q.minPrice === undefined || q.maxPrice === undefined || q.minPrice <= q.maxPrice,
  params: { path: ["maxPrice"], message: "Maximum price must not be below the minimum price." },
};

/** Listing and search: validates both the /api/products query and the storefront's search params. */
export const productListQuerySchema = productListFields.refine(pricesInOrder.check, pricesInOrder.params);

export type ProductListQuery = z.infer<typeof productListQuerySchema>;

/**
 * `?locale=` on the catalog API: one of the shop's languages ("cs"; a regional tag such as "cs-CZ" counts as its
 * language). Asking for a language the shop does not offer is an error rather than a silent fallback; without the
 * parameter the Accept-Language header chooses, falling back to the shop's own language (catalogApiLanguage).
 */
export const catalogLocaleQuerySchema = z.object({
  locale: z
    .preprocess(
      (value) => (value === "" ? undefined : typeof value === "string" ? languageOf(value) : value),
      z
        .enum(enabledLanguages as [string, ...string[]], { error: "Locale is not a language this shop offers." })
        .optional(),
    )
    .meta({
      description:
        "The language of names, descriptions and image texts, e.g. `cs`; texts not translated come in the shop's own language. Without it the Accept-Language header decides.",
    }),
});

/** GET /api/products: the listing's query plus `locale`. */
export const productListApiQuerySchema = productListFields
  .extend(catalogLocaleQuerySchema.shape)
  .refine(pricesInOrder.check, pricesInOrder.params);

export const productSlugParamsSchema = z.object({ slug: slugSchema });
