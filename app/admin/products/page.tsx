import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { listAdminProducts } from "@/lib/catalog-admin/list-admin-products";
import { type AdminProductListQuery, adminProductListSchema, productStatuses } from "@/lib/catalog-admin/schemas";
import type { AdminProductRow } from "@/lib/catalog-admin/types";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { type Money, formatMoney } from "@/lib/money/money";
import { StatusBadge } from "./_components/status-badge";
import "../catalog.css";

export const metadata: Metadata = { title: "Products", robots: { index: false } };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

const money = (value: Money) => formatMoney(value, env.SHOP_LOCALE);
const count = (value: number) => new Intl.NumberFormat(env.SHOP_LOCALE).format(value);

function priceRange(row: AdminProductRow): string {
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

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Products</h1>
        <div className="page-actions">
          <Link className="button" href="/admin/products/new">
            New product
          </Link>
          <a className="button button-secondary" href={href(filter, "/api/admin/products/export.csv")} download>
            Export CSV{filtered ? " (filtered)" : ""}
          </a>
          <Link className="button button-secondary" href="/admin/import">
            Import CSV
          </Link>
        </div>
      </div>

      {parsed.success ? null : (
        <p role="alert" className="notice notice-error">
          Some filters were not valid and have been ignored.
        </p>
      )}

      <form className="catalog-filters" method="get" action="/admin/products" role="search" aria-label="Products">
        <div className="form-field">
          <label htmlFor="filter-q">Search name, slug or SKU</label>
          <input id="filter-q" name="q" type="search" className="input" maxLength={100} defaultValue={query.q ?? ""} />
        </div>
        <div className="form-field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" className="input" defaultValue={query.status ?? ""}>
            <option value="">Any status</option>
            {productStatuses.map((status) => (
              <option key={status} value={status}>
                {status.charAt(0) + status.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="filter-category">Category</label>
          <select id="filter-category" name="categoryId" className="input" defaultValue={query.categoryId ?? ""}>
            <option value="">Any category</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
                {category.archived ? " (archived)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-buttons">
          <button type="submit" className="button">
            Filter
          </button>
          {filtered ? <Link href="/admin/products">Clear</Link> : null}
        </div>
      </form>

      <p className="result-count muted" role="status">
        {result.total === 0
          ? "No products match."
          : `${count(result.total)} product${result.total === 1 ? "" : "s"}, page ${result.page} of ${result.pageCount}`}
      </p>

      {result.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table catalog-table">
            <caption className="visually-hidden">Products, most recently changed first</caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Category</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Variants
                </th>
                <th scope="col" className="num">
                  Price
                </th>
                <th scope="col" className="num">
                  On hand
                </th>
                <th scope="col" className="num">
                  Reserved
                </th>
                <th scope="col" className="num">
                  Available
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
                        <Link href={`/admin/products/${row.id}`}>{row.name}</Link>
                        <div className="muted">{row.slug}</div>
                      </div>
                    </div>
                  </td>
                  <td>
                    {row.category.name}
                    {row.category.archived ? <span className="muted"> (archived)</span> : null}
                  </td>
                  <td>
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="num">{row.variantCount}</td>
                  <td className="num">{priceRange(row)}</td>
                  <td className="num">{count(row.stockOnHand)}</td>
                  <td className="num">{count(row.stockReserved)}</td>
                  <td className="num">
                    {row.variantCount > 0 && row.available === 0 ? (
                      <span className="badge badge-danger">Sold out</span>
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
        <nav className="pager" aria-label="Pages">
          {result.page > 1 ? (
            <Link href={href({ ...filter, page: result.page - 1 })} rel="prev">
              ← Previous page
            </Link>
          ) : null}
          <span>
            Page {result.page} of {result.pageCount}
          </span>
          {result.page < result.pageCount ? (
            <Link href={href({ ...filter, page: result.page + 1 })} rel="next">
              Next page →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
