import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { absoluteUrl } from "@/lib/catalog/structured-data";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeHref } from "@/lib/i18n/paths";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.feeds");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

const siteLabels = { google: "Google", heureka: "Heureka", zbozi: "Zboží.cz" } as const;

export default async function FeedsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/feeds");
  const parsed = feedProductsQuerySchema.safeParse(flatParams(await searchParams));
  const query: FeedProductsQuery = parsed.success ? parsed.data : { page: 1 };
  const [categories, products, t, searchAction] = await Promise.all([
    listFeedCategories(db),
    listFeedProductSettings(db, query),
    getTranslations("admin.feeds"),
    localeHref("/admin/feeds"),
  ]);
  const hrefFor = (page: number) => `/admin/feeds${queryString({ q: query.q, page: page > 1 ? page : undefined })}`;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="feed-urls-title" className="section">
        <h2 id="feed-urls-title">{t("addressesTitle")}</h2>
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
        <h2 id="feed-categories-title">{t("categoriesTitle")}</h2>
        <p className="muted">{t("categoriesHint")}</p>
        <div className="table-scroll">
          <table className="data-table wide-table">
            <caption className="visually-hidden">{t("categoriesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("category")}</th>
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
                    {category.archived ? <span className="muted"> {t("archived")}</span> : null}
                  </th>
                  {FEED_SITES.map((site) => (
                    <td key={site}>
                      <CategoryTextForm
                        categoryId={category.id}
                        site={site}
                        label={t("categoryFor", { site: siteLabels[site], category: category.name })}
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
        <h2 id="feed-products-title">{t("productsTitle")}</h2>
        {!parsed.success ? (
          <p role="alert" className="notice notice-error">
            {t("badSearch")}
          </p>
        ) : null}
        <form className="toolbar" role="search" action={searchAction} method="get">
          <div className="form-field">
            <label htmlFor="feed-product-search">{t("searchLabel")}</label>
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
            {t("search")}
          </button>
          {query.q ? <LocaleLink href="/admin/feeds">{t("clearSearch")}</LocaleLink> : null}
        </form>
        {products.items.length === 0 ? (
          <p>{query.q ? t("noMatch") : t("noProducts")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("productsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("product")}</th>
                  <th scope="col">{t("category")}</th>
                  <th scope="col">{t("inFeeds")}</th>
                  <th scope="col">{t("change")}</th>
                </tr>
              </thead>
              <tbody>
                {products.items.map((product) => (
                  <tr key={product.id}>
                    <td>
                      <LocaleLink href={`/admin/products/${product.id}`}>{product.name}</LocaleLink>
                    </td>
                    <td>{product.categoryName}</td>
                    <td>
                      <span className={product.exported ? "badge badge-ok" : "badge badge-danger"}>
                        {product.exported ? t("exported") : t("keptOut")}
                      </span>
                    </td>
                    <td>
                      <ButtonAction
                        action={setProductExportedAction}
                        fields={{ productId: product.id, exported: product.exported ? "off" : "on" }}
                        label={
                          product.exported ? t("keepOut", { name: product.name }) : t("export", { name: product.name })
                        }
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
          noun={t("productCount", { count: products.total })}
          hrefFor={hrefFor}
        />
      </section>
    </main>
  );
}
