import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pageMetadata } from "@/app/_components/metadata";
import { Picture } from "@/app/_components/picture";
import { ProductGrid } from "@/app/_components/product-grid";
import { listCachedCategories, listCachedProducts } from "@/lib/catalog/cache";
import { jsonLdText, websiteJsonLd } from "@/lib/catalog/structured-data";
import { env } from "@/lib/env";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { currentLanguage } from "@/lib/i18n/request-language";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return pageMetadata({
    language: await currentLanguage(),
    description: t("metaDescription", { shop: env.SHOP_NAME }),
    path: "/",
  });
}

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (onlyQueryKeys(await searchParams)) allowPageCache();
  const language = await currentLanguage();
  const [featured, newest, categories, t] = await Promise.all([
    listCachedProducts({ page: 1, pageSize: 8, sort: "relevance" }, language),
    listCachedProducts({ page: 1, pageSize: 4, sort: "newest" }, language),
    listCachedCategories(language),
    getTranslations("home"),
  ]);
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(websiteJsonLd({ baseUrl: env.PUBLIC_BASE_URL, shopName: env.SHOP_NAME, language })),
        }}
      />
      <section className="hero" aria-labelledby="hero-heading">
        <div className="hero-text">
          <p className="eyebrow">{env.SHOP_NAME}</p>
          <h1 id="hero-heading">{t("heroTitle")}</h1>
          <p className="hero-lead">{t("heroLead")}</p>
          <p className="hero-actions">
            <Link prefetch={false} className="button button-large" href="/search?sort=newest">
              {t("shopNewArrivals")}
            </Link>
            <Link prefetch={false} className="button button-secondary button-large" href="#categories">
              {t("browseCategories")}
            </Link>
          </p>
        </div>
      </section>

      <section className="section" aria-labelledby="featured-heading">
        <div className="section-title">
          <h2 id="featured-heading">{t("featured")}</h2>
          <Link prefetch={false} href="/search">
            {t("seeAllProducts")}
          </Link>
        </div>
        <ProductGrid products={featured.items} preloadCount={2} />
      </section>

      <section className="section" id="categories" aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t("shopByCategory")}</h2>
        <ul className="category-tiles">
          {categories
            .filter((c) => c.productCount > 0)
            .map((c) => (
              <li key={c.slug}>
                <Link prefetch={false} href={`/categories/${c.slug}`} className="category-tile">
                  {c.image ? (
                    <Picture
                      src={c.image.url}
                      alt=""
                      width={c.image.width}
                      height={c.image.height}
                      sizes="(min-width: 1000px) 280px, 45vw"
                    />
                  ) : null}
                  <span className="category-tile-name">{c.name}</span>
                  <span className="category-tile-count">{t("productCount", { count: c.productCount })}</span>
                </Link>
              </li>
            ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="new-heading">
        <div className="section-title">
          <h2 id="new-heading">{t("newIn")}</h2>
          <Link prefetch={false} href="/search?sort=newest">
            {t("seeEverythingNew")}
          </Link>
        </div>
        <ProductGrid products={newest.items} />
      </section>
    </>
  );
}
