import Link from "next/link";
import type { ReactNode } from "react";
import { ProductGrid } from "@/app/_components/product-grid";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";
import type { CategorySummary } from "@/lib/catalog/list-categories";
import { listingHref, minorToMajorText } from "@/lib/catalog/listing-params";
import { DEFAULT_PAGE_SIZE, type ProductListQuery } from "@/lib/catalog/schemas";
import type { ProductPage } from "@/lib/catalog/types";
import { ListingForm } from "./listing-form";
import { Pagination } from "./pagination";
import { SortSelect } from "./sort-select";

interface Props {
  /** Where the form submits and links point: "/search" or "/categories/<slug>". */
  path: string;
  query: ProductListQuery;
  result: ProductPage;
  /** Categories to filter by; omitted on a category page, whose path fixes the category. */
  categories?: readonly CategorySummary[];
  /** Shown above the filters inside the form (the search page's text field). */
  searchField?: ReactNode;
  /** Shown when nothing matches and no filter is set. */
  emptyHint?: ReactNode;
}

export function ListingView({ path, query, result, categories, searchField, emptyHint }: Props) {
  const currency = env.SHOP_CURRENCY;
  const omit = categories ? [] : (["category"] as const);
  const href = (changes: Partial<ProductListQuery>) => listingHref(path, query, changes, currency, omit);
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, env.SHOP_LOCALE);
  const categoryName = categories?.find((c) => c.slug === query.category)?.name ?? query.category;

  const active: { label: string; remove: string }[] = [];
  if (categories && query.category)
    active.push({ label: `Category: ${categoryName}`, remove: href({ category: undefined }) });
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    const label =
      query.minPrice !== undefined && query.maxPrice !== undefined
        ? `${money(query.minPrice)} – ${money(query.maxPrice)}`
        : query.minPrice !== undefined
          ? `From ${money(query.minPrice)}`
          : `Up to ${money(query.maxPrice ?? 0)}`;
    active.push({ label: `Price: ${label}`, remove: href({ minPrice: undefined, maxPrice: undefined }) });
  }
  if (query.inStock) active.push({ label: "In stock only", remove: href({ inStock: undefined }) });
  const clearAll = href({ category: undefined, minPrice: undefined, maxPrice: undefined, inStock: undefined });

  const firstShown = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const lastShown = (result.page - 1) * result.pageSize + result.items.length;

  return (
    <ListingForm action={path} className="listing">
      {searchField}
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
      <div className="listing-layout">
        <details className="filters">
          <summary className="filters-summary">
            Filters{active.length > 0 ? <span className="filters-count"> ({active.length})</span> : null}
          </summary>
          <fieldset className="filters-body">
            <legend className="visually-hidden">Filter products</legend>
            {categories ? (
              <div className="field">
                <label htmlFor="filter-category">Category</label>
                <select id="filter-category" name="category" className="input" defaultValue={query.category ?? ""}>
                  <option value="">All categories</option>
                  {categories.map((c) => (
                    <option key={c.slug} value={c.slug}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <div className="field">
              <span className="field-label" id="price-label">
                Price ({currency})
              </span>
              <div className="price-range" role="group" aria-labelledby="price-label">
                <label htmlFor="filter-min" className="visually-hidden">
                  Minimum price
                </label>
                <input
                  id="filter-min"
                  name="minPrice"
                  className="input"
                  inputMode="decimal"
                  placeholder="Min"
                  maxLength={12}
                  defaultValue={query.minPrice === undefined ? "" : minorToMajorText(query.minPrice, currency)}
                />
                <span aria-hidden="true">–</span>
                <label htmlFor="filter-max" className="visually-hidden">
                  Maximum price
                </label>
                <input
                  id="filter-max"
                  name="maxPrice"
                  className="input"
                  inputMode="decimal"
                  placeholder="Max"
                  maxLength={12}
                  defaultValue={query.maxPrice === undefined ? "" : minorToMajorText(query.maxPrice, currency)}
                />
              </div>
            </div>
            <div className="field field-check">
              <input id="filter-stock" type="checkbox" name="inStock" value="true" defaultChecked={query.inStock} />
              <label htmlFor="filter-stock">In stock only</label>
            </div>
            <button type="submit" className="button">
              Apply filters
            </button>
          </fieldset>
        </details>

        <section className="listing-results" aria-labelledby="results-heading">
          <div className="listing-toolbar">
            <h2 id="results-heading" className="results-count" aria-live="polite">
              {result.total === 0
                ? "No products"
                : result.total === 1
                  ? "1 product"
                  : result.pageCount > 1
                    ? `${firstShown}–${lastShown} of ${result.total} products`
                    : `${result.total} products`}
            </h2>
            <SortSelect key={query.sort} value={query.sort} searching={query.q !== undefined} />
          </div>
          {active.length > 0 ? (
            <ul className="active-filters" aria-label="Active filters">
              {active.map((f) => (
                <li key={f.label}>
                  <Link
                    prefetch={false}
                    href={f.remove}
                    className="chip chip-removable"
                    aria-label={`Remove filter ${f.label}`}
                  >
                    {f.label}
                    <span aria-hidden="true" className="chip-remove">
                      ×
                    </span>
                  </Link>
                </li>
              ))}
              {active.length > 1 ? (
                <li>
                  <Link prefetch={false} href={clearAll} className="clear-filters">
                    Clear all filters
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : null}

          {result.items.length > 0 ? (
            <ProductGrid products={result.items} preloadCount={2} />
          ) : result.total > 0 ? (
            <div className="empty-state">
              <p>This page is past the end of the results.</p>
              <Link prefetch={false} className="button button-secondary" href={href({ page: 1 })}>
                Back to the first page
              </Link>
            </div>
          ) : (
            <div className="empty-state">
              <p className="empty-title">Nothing matched.</p>
              {active.length > 0 ? (
                <p>
                  Try fewer filters:{" "}
                  <Link prefetch={false} href={clearAll}>
                    clear all filters
                  </Link>
                  .
                </p>
              ) : (
                emptyHint
              )}
            </div>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => href({ page })} />
        </section>
      </div>
    </ListingForm>
  );
}
