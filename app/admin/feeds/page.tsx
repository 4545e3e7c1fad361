import type { Metadata } from "next";
import Link from "next/link";
import { absoluteUrl } from "@/lib/catalog/structured-data";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listFeedCategories, listFeedProductSettings } from "@/lib/feeds/list-feed-settings";
import { FEED_SITES } from "@/lib/feeds/render-feed";
import { type FeedProductsQuery, feedProductsQuerySchema } from "@/lib/feeds/schemas";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { ListPager } from "@/app/admin/_components/list-pager";
import { setProductExportedAction } from "./actions";
import { CategoryTextForm } from "./category-text-form";
import "../people.css";

export const metadata: Metadata = { title: "Product feeds", robots: { index: false } };
export const dynamic = "force-dynamic";

const siteLabels = { google: "Google", heureka: "Heureka", zbozi: "Zboží.cz" } as const;

export default async function FeedsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/feeds");
  const parsed = feedProductsQuerySchema.safeParse(flatParams(await searchParams));
  const query: FeedProductsQuery = parsed.success ? parsed.data : { page: 1 };
  const [categories, products] = await Promise.all([listFeedCategories(db), listFeedProductSettings(db, query)]);
  const hrefFor = (page: number) => `/admin/feeds${queryString({ q: query.q, page: page > 1 ? page : undefined })}`;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Product feeds</h1>
        <p className="muted">
          Price-comparison and shopping sites read these addresses. Every active product is exported unless kept out
          below; prices, stock and shipping are the shop&apos;s own and update with the catalog.
        </p>
      </div>

      <section aria-labelledby="feed-urls-title" className="section">
        <h2 id="feed-urls-title">Feed addresses</h2>
        <ul>
          {FEED_SITES.map((site) => (
            <li key={site}>
              {siteLabels[site]}:{" "}
              <a className="wrap-anywhere" href={`/feeds/${site}.xml`}>
                {absoluteUrl(env.PUBLIC_BASE_URL, `/feeds/${site}.xml`)}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="feed-categories-title" className="section">
        <h2 id="feed-categories-title">Categories on each site</h2>
        <p className="muted">
          The site&apos;s own category path, e.g. Heureka&apos;s &quot;Oblečení a móda | Pánské oblečení | Košile&quot;
          or a Google product category. Leave blank to send the shop&apos;s category name.
        </p>
        <div className="table-scroll">
          <table className="data-table wide-table">
            <caption className="visually-hidden">Category text per site</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                {FEED_SITES.map((site) => (
                  <th scope="col" key={site}>
                    {siteLabels[site]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {categories.map((category) => (
                <tr key={category.id}>
                  <th scope="row">
                    {category.name}
                    {category.archived ? <span className="muted"> (archived)</span> : null}
                  </th>
                  {FEED_SITES.map((site) => (
                    <td key={site}>
                      <CategoryTextForm
                        categoryId={category.id}
                        categoryName={category.name}
                        site={site}
                        siteLabel={siteLabels[site]}
                        text={category.texts[site] ?? ""}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="feed-products-title" className="section">
        <h2 id="feed-products-title">Exported products</h2>
        {!parsed.success ? (
          <p role="alert" className="notice notice-error">
            The search in the address was not valid and has been reset.
          </p>
        ) : null}
        <form className="toolbar" role="search" action="/admin/feeds" method="get">
          <div className="form-field">
            <label htmlFor="feed-product-search">Search by name or SKU</label>
            <input
              id="feed-product-search"
              className="input"
              type="search"
              name="q"
              defaultValue={query.q ?? ""}
              maxLength={100}
            />
          </div>
          <button type="submit" className="button">
            Search
          </button>
          {query.q ? <Link href="/admin/feeds">Clear the search</Link> : null}
        </form>
        {products.items.length === 0 ? (
          <p>{query.q ? "No active product matches this search." : "No active products."}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">Active products and whether the feeds list them</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th>
                  <th scope="col">Category</th>
                  <th scope="col">In the feeds</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {products.items.map((product) => (
                  <tr key={product.id}>
                    <td>
                      <Link href={`/admin/products/${product.id}`}>{product.name}</Link>
                    </td>
                    <td>{product.categoryName}</td>
                    <td>
                      <span className={product.exported ? "badge badge-ok" : "badge badge-danger"}>
                        {product.exported ? "Exported" : "Kept out"}
                      </span>
                    </td>
                    <td>
                      <ButtonAction
                        action={setProductExportedAction}
                        fields={{ productId: product.id, exported: product.exported ? "off" : "on" }}
                        label={product.exported ? `Keep ${product.name} out` : `Export ${product.name}`}
                        secondary={product.exported}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ListPager
          page={products.page}
          pageCount={products.pageCount}
          total={products.total}
          noun={{ one: "product", other: "products" }}
          hrefFor={hrefFor}
        />
      </section>
    </main>
  );
}
