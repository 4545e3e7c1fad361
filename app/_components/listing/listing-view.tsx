import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { ProductGrid } from "@/app/_components/product-grid";
import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { formatMoney } from "@/lib/money/money";
import type { CategorySummary } from "@/lib/catalog/list-categories";
import { listingHref, minorToMajorText } from "@/lib/catalog/listing-params";
import { DEFAULT_PAGE_SIZE, type ProductListQuery, type ProductSort } from "@/lib/catalog/schemas";
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

export async function ListingView({ path, query, result, categories, searchField, emptyHint }: Props) {
  const [t, language, action] = await Promise.all([getTranslations("listing"), currentLanguage(), localeHref(path)]);
  const currency = env.SHOP_CURRENCY;
  const omit = categories ? [] : (["category"] as const);
  const href = (changes: Partial<ProductListQuery>) => listingHref(path, query, changes, currency, omit);
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, formattingLocale(language));
  const categoryName = categories?.find((c) => c.slug === query.category)?.name ?? query.category;

  const active: { label: string; remove: string }[] = [];
  if (categories && query.category)
    active.push({ label: t("activeCategory", { name: categoryName ?? "" }), remove: href({ category: undefined }) });
  if (query.minPrice !== undefined || query.maxPrice !== undefined) {
    const label =
      query.minPrice !== undefined && query.maxPrice !== undefined
        ? `${money(query.minPrice)} – ${money(query.maxPrice)}`
        : query.minPrice !== undefined
          ? t("priceFrom", { price: money(query.minPrice) })
          : t("priceUpTo", { price: money(query.maxPrice ?? 0) });
    active.push({
      label: t("activePrice", { range: label }),
      remove: href({ minPrice: undefined, maxPrice: undefined }),
    });
  }
  if (query.inStock) active.push({ label: t("inStockOnly"), remove: href({ inStock: undefined }) });
  const clearAll = href({ category: undefined, minPrice: undefined, maxPrice: undefined, inStock: undefined });

  const firstShown = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const lastShown = (result.page - 1) * result.pageSize + result.items.length;
  const sortOptions: Record<ProductSort, string> = {
    relevance: query.q !== undefined ? t("sort.bestMatch") : t("sort.relevance"),
    newest: t("sort.newest"),
    price_asc: t("sort.price_asc"),
    price_desc: t("sort.price_desc"),
    name: t("sort.name"),
  };

  return (
    <ListingForm action={action} className="listing">
      {searchField}
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
      <div className="listing-layout">
        <details className="filters">
          <summary className="filters-summary">
            {t("filters")}
            {active.length > 0 ? <span className="filters-count"> ({active.length})</span> : null}
          </summary>
          <fieldset className="filters-body">
            <legend className="visually-hidden">{t("filterProducts")}</legend>
            {categories ? (
              <div className="field">
                <label htmlFor="filter-category">{t("category")}</label>
                <select id="filter-category" name="category" className="input" defaultValue={query.category ?? ""}>
                  <option value="">{t("allCategories")}</option>
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
                {t("price", { currency })}
              </span>
              <div className="price-range" role="group" aria-labelledby="price-label">
                <label htmlFor="filter-min" className="visually-hidden">
                  {t("minPrice")}
                </label>
                <input
                  id="filter-min"
                  name="minPrice"
                  className="input"
                  inputMode="decimal"
                  placeholder={t("min")}
                  maxLength={12}
                  defaultValue={query.minPrice === undefined ? "" : minorToMajorText(query.minPrice, currency)}
                />
                <span aria-hidden="true">–</span>
                <label htmlFor="filter-max" className="visually-hidden">
                  {t("maxPrice")}
                </label>
                <input
                  id="filter-max"
                  name="maxPrice"
                  className="input"
                  inputMode="decimal"
                  placeholder={t("max")}
                  maxLength={12}
                  defaultValue={query.maxPrice === undefined ? "" : minorToMajorText(query.maxPrice, currency)}
                />
              </div>
            </div>
            <div className="field field-check">
              <input id="filter-stock" type="checkbox" name="inStock" value="true" defaultChecked={query.inStock} />
              <label htmlFor="filter-stock">{t("inStockOnly")}</label>
            </div>
            <button type="submit" className="button">
              {t("apply")}
            </button>
          </fieldset>
        </details>

        <section className="listing-results" aria-labelledby="results-heading">
          <div className="listing-toolbar">
            <h2 id="results-heading" className="results-count" aria-live="polite">
              {result.pageCount > 1
                ? t("resultsRange", { first: firstShown, last: lastShown, total: result.total })
                : t("results", { count: result.total })}
            </h2>
            <SortSelect key={query.sort} value={query.sort} label={t("sortBy")} options={sortOptions} />
          </div>
          {active.length > 0 ? (
            <ul className="active-filters" aria-label={t("activeFilters")}>
              {active.map((f) => (
                <li key={f.label}>
                  <Link
                    prefetch={false}
                    href={f.remove}
                    className="chip chip-removable"
                    aria-label={t("removeFilter", { filter: f.label })}
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
                    {t("clearAll")}
                  </Link>
                </li>
              ) : null}
            </ul>
          ) : null}

          {result.items.length > 0 ? (
            <ProductGrid products={result.items} preloadCount={2} />
          ) : result.total > 0 ? (
            <div className="empty-state">
              <p>{t("pastTheEnd")}</p>
              <Link prefetch={false} className="button button-secondary" href={href({ page: 1 })}>
                {t("firstPage")}
              </Link>
            </div>
          ) : (
            <div className="empty-state">
              <p className="empty-title">{t("nothingMatched")}</p>
              {active.length > 0 ? (
                <p>
                  {t.rich("tryFewerFilters", {
                    clear: (chunks) => (
                      <Link prefetch={false} href={clearAll}>
                        {chunks}
                      </Link>
                    ),
                  })}
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
