import { searchParamsToObject } from "@/lib/http/search-params";
import { minorUnitDigits } from "@/lib/money/money";
import { fieldErrorsFromZod } from "@/lib/validation";
import type { FieldErrors } from "@/lib/errors";
import { DEFAULT_PAGE_SIZE, type ProductListQuery, productListQuerySchema } from "./schemas";

// The storefront's listing pages (search, category) read their state from the URL and write it back into links:
// the same schema as GET /api/products parses it, and links carry only what differs from the defaults, so every
// state has one short, shareable URL.

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function toUrlSearchParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}

export type ListingParse = { ok: true; query: ProductListQuery } | { ok: false; fields: FieldErrors };

/** Parses a page's search params; `fixed` values (a category page's own category) override the URL's. */
export function parseListingParams(raw: RawSearchParams, fixed: { category?: string } = {}): ListingParse {
  const input = { ...searchParamsToObject(toUrlSearchParams(raw)), ...fixed };
  const parsed = productListQuerySchema.safeParse(input);
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, fields: fieldErrorsFromZod(parsed.error) };
}

/** 1990 → "19.90", 2000 → "20" (for EUR): the form a shopper would type into a price filter. */
export function minorToMajorText(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amountMinor);
  const whole = Math.trunc(amountMinor / 10 ** digits);
  const fraction = amountMinor % 10 ** digits;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, "0")}`;
}

/** The URL query for a listing state, without defaults; `omit` drops keys the path already says (category). */
export function listingSearch(
  query: ProductListQuery,
  currency: string,
  omit: readonly (keyof ProductListQuery)[] = [],
): string {
  const params = new URLSearchParams();
  const put = (key: keyof ProductListQuery, value: string | undefined) => {
    if (value !== undefined && !omit.includes(key)) params.set(key, value);
  };
  put("q", query.q);
  put("category", query.category);
  put("minPrice", query.minPrice === undefined ? undefined : minorToMajorText(query.minPrice, currency));
  put("maxPrice", query.maxPrice === undefined ? undefined : minorToMajorText(query.maxPrice, currency));
  put("inStock", query.inStock ? "true" : undefined);
  put("sort", query.sort === "relevance" ? undefined : query.sort);
  put("pageSize", query.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(query.pageSize));
  put("page", query.page === 1 ? undefined : String(query.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function listingHref(
  path: string,
  query: ProductListQuery,
  changes: Partial<ProductListQuery>,
  currency: string,
  omit: readonly (keyof ProductListQuery)[] = [],
): string {
  // Any change other than the page itself starts again from page 1.
  const page = changes.page ?? 1;
  return `${path}${listingSearch({ ...query, ...changes, page }, currency, omit)}`;
}

/** Page numbers to show around the current one: 1 … 4 5 [6] 7 8 … 20. `null` marks a gap. */
export function pageWindow(current: number, count: number, radius = 1): (number | null)[] {
  const pages = new Set<number>([1, count]);
  for (let p = current - radius; p <= current + radius; p++) if (p >= 1 && p <= count) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, p] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && p - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}
