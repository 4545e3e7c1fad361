import { z } from "zod";
import { optionalFilter, pageNumberSchema } from "@/lib/admin/list-page";
import { safeString } from "@/lib/validation";
import { FEED_SITES } from "./render-feed";

// The feed settings staff change in the admin, validated the same way for the page's forms and any other caller.

export const feedSiteSchema = z.enum(FEED_SITES, { error: "Choose Google, Heureka or Zboží.cz." });

export const setProductExportedSchema = z.object({
  productId: z.uuid("Unknown product."),
  exported: z.enum(["on", "off"], { error: "Choose whether the product is exported." }).transform((v) => v === "on"),
});
export type SetProductExportedInput = z.infer<typeof setProductExportedSchema>;

export const setCategoryFeedTextSchema = z.object({
  categoryId: z.uuid("Unknown category."),
  site: feedSiteSchema,
  /** Blank removes the mapping: the feed falls back to the shop's category name. */
  text: safeString({ error: "The category text must be text." })
    .trim()
    .max(500, "The category text has at most 500 characters.")
    .regex(/^[^\p{Cc}]*$/u, "The category text must be a single line."),
});
export type SetCategoryFeedTextInput = z.infer<typeof setCategoryFeedTextSchema>;

export const feedProductsQuerySchema = z.object({
  q: optionalFilter("Search", 100),
  page: pageNumberSchema,
});
export type FeedProductsQuery = z.infer<typeof feedProductsQuerySchema>;
