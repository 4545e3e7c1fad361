import type { Metadata } from "next";
import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { adminLocale } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { listAdminProducts } from "@/lib/catalog-admin/list-admin-products";
import { type AdminProductListQuery, adminProductListSchema, productStatuses } from "@/lib/catalog-admin/schemas";
import type { AdminProductRow } from "@/lib/catalog-admin/types";
import { db } from "@/lib/db";
import { localeHref } from "@/lib/i18n/paths";
import { type Money, formatMoney } from "@/lib/money/money";
import { StatusBadge } from "./_components/status-badge";
import "../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.products");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

function priceRange(row: AdminProductRow, money: (value: Money) => string): string {
  if (!row.priceMin || !row.priceMax) return "—";
  return row.priceMin.amountMinor === row.priceMax.amountMinor
    ? money(row.priceMin)
    : `${money(row.priceMin)} – ${money(row.priceMax)}`;
}

function href(query: Partial<AdminProductListQuery>, path = "/admin/products"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1) && key !== "pageSize") {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await staffGate("/admin/products");
  const raw = await searchParams;
  const parsed = adminProductListSchema.safeParse(raw);
  const query: AdminProductListQuery = parsed.success ? parsed.data : { page: 1, pageSize: 25 };
  const [result, categories] = await Promise.all([listAdminProducts(db, query), listAdminCategories(db)]);
  const filtered = Boolean(query.q || query.status || query.categoryId);
  const filter = { q: query.q, status: query.status, categoryId: query.categoryId };
  const t = await getTranslations("admin");
  const locale = await adminLocale();
  const money = (value: Money) => formatMoney(value, locale);
  const count = (value: number) => new Intl.NumberFormat(locale).format(value);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("products.title")}</h1>
        <div className="page-actions">
          <LocaleLink className="button" href="/admin/products/new">
            {t("products.newProduct")}
          </LocaleLink>
          <a className="button button-secondary" href={href(filter, "/api/admin/products/export.csv")} download>
            {filtered ? t("products.exportCsvFiltered") : t("products.exportCsv")}
          </a>
          <LocaleLink className="button button-secondary" href="/admin/import">
            {t("products.importCsv")}
          </LocaleLink>
        </div>
      </div>

      {parsed.success ? null : (
        <p role="alert" className="notice notice-error">
          {t("products.filtersIgnored")}
        </p>
      )}

      <form
        className="catalog-filters"
        method="get"
        action={await localeHref("/admin/products")}
        role="search"
        aria-label={t("products.title")}
      >
        <div className="form-field">
          <label htmlFor="filter-q">{t("products.search")}</label>
          <input id="filter-q" name="q" type="search" className="input" maxLength={100} defaultValue={query.q ?? ""} />
        </div>
        <div className="form-field">
          <label htmlFor="filter-status">{t("products.status")}</label>
          <select id="filter-status" name="status" className="input" defaultValue={query.status ?? ""}>
            <option value="">{t("products.anyStatus")}</option>
            {productStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`productStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="filter-category">{t("products.category")}</label>
          <select id="filter-category" name="categoryId" className="input" defaultValue={query.categoryId ?? ""}>
            <option value="">{t("products.anyCategory")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
                {category.archived ? ` ${t("products.archivedSuffix")}` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-buttons">
          <button type="submit" className="button">
            {t("products.filter")}
          </button>
          {filtered ? <LocaleLink href="/admin/products">{t("products.clear")}</LocaleLink> : null}
        </div>
      </form>

      <p className="result-count muted" role="status">
        {result.total === 0
          ? t("products.noneMatch")
          : t("products.count", { count: result.total, page: result.page, pageCount: result.pageCount })}
      </p>

      {result.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table catalog-table">
            <caption className="visually-hidden">{t("products.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("products.colProduct")}</th>
                <th scope="col">{t("products.category")}</th>
                <th scope="col">{t("products.status")}</th>
                <th scope="col" className="num">
                  {t("products.colVariants")}
                </th>
                <th scope="col" className="num">
                  {t("products.colPrice")}
                </th>
                <th scope="col" className="num">
                  {t("products.colOnHand")}
                </th>
                <th scope="col" className="num">
                  {t("products.colReserved")}
                </th>
                <th scope="col" className="num">
                  {t("products.colAvailable")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => (
                <tr key={row.id}>
                  <td>
                    <div className="product-cell">
                      {row.image ? (
                        <Image src={row.image.url} alt="" width={48} height={48} sizes="48px" />
                      ) : (
                        <span className="thumb-placeholder" aria-hidden="true" />
                      )}
                      <div>
                        <LocaleLink href={`/admin/products/${row.id}`}>{row.name}</LocaleLink>
                        <div className="muted">{row.slug}</div>
                      </div>
                    </div>
                  </td>
                  <td>
                    {row.category.name}
                    {row.category.archived ? <span className="muted"> {t("products.archivedSuffix")}</span> : null}
                  </td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="num">{row.variantCount}</td>
                  <td className="num">{priceRange(row, money)}</td>
                  <td className="num">{count(row.stockOnHand)}</td>
                  <td className="num">{count(row.stockReserved)}</td>
                  <td className="num">
                    {row.variantCount > 0 && row.available === 0 ? (
                      <span className="badge badge-danger">{t("products.soldOut")}</span>
                    ) : (
                      count(row.available)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      {result.pageCount > 1 ? (
        <nav className="pager" aria-label={t("common.pager.label")}>
          {result.page > 1 ? (
            <LocaleLink href={href({ ...filter, page: result.page - 1 })} rel="prev">
              ← {t("products.previousPage")}
            </LocaleLink>
          ) : null}
          <span>{t("orders.page", { page: result.page, pageCount: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <LocaleLink href={href({ ...filter, page: result.page + 1 })} rel="next">
              {t("products.nextPage")} →
            </LocaleLink>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
