import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { pageMetadata } from "@/app/_components/metadata";
import { ProductGrid } from "@/app/_components/product-grid";
import { listCachedCategories, listCachedProducts } from "@/lib/catalog/cache";
import { jsonLdText, websiteJsonLd } from "@/lib/catalog/structured-data";
import { env } from "@/lib/env";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { currentLanguage } from "@/lib/i18n/request-language";

export const dynamic = "force-dynamic";

const DESCRIPTION = `${env.SHOP_NAME}: well-made everyday goods from small workshops — clothing, kitchen, home and more, shipped across the EU.`;

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata({
    language: await currentLanguage(),
    description: DESCRIPTION,
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
  const [featured, newest, categories] = await Promise.all([
    listCachedProducts({ page: 1, pageSize: 8, sort: "relevance" }, language),
    listCachedProducts({ page: 1, pageSize: 4, sort: "newest" }, language),
    listCachedCategories(language),
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
          <h1 id="hero-heading">Everyday goods, made to last.</h1>
          <p className="hero-lead">
            Clothing, kitchenware and things for the home from small workshops across Europe — chosen to be used for
            years, not seasons.
          </p>
          <p className="hero-actions">
            <Link prefetch={false} className="button button-large" href="/search?sort=newest">
              Shop new arrivals
            </Link>
            <Link prefetch={false} className="button button-secondary button-large" href="#categories">
              Browse categories
            </Link>
          </p>
        </div>
      </section>

      <section className="section" aria-labelledby="featured-heading">
        <div className="section-title">
          <h2 id="featured-heading">Featured</h2>
          <Link prefetch={false} href="/search">
            See all products
          </Link>
        </div>
        <ProductGrid products={featured.items} preloadCount={2} />
      </section>

      <section className="section" id="categories" aria-labelledby="categories-heading">
        <h2 id="categories-heading">Shop by category</h2>
        <ul className="category-tiles">
          {categories
            .filter((c) => c.productCount > 0)
            .map((c) => (
              <li key={c.slug}>
                <Link prefetch={false} href={`/categories/${c.slug}`} className="category-tile">
                  {c.image ? (
                    <Image
                      src={c.image.url}
                      alt=""
                      width={c.image.width}
                      height={c.image.height}
                      sizes="(min-width: 1000px) 280px, 45vw"
                    />
                  ) : null}
                  <span className="category-tile-name">{c.name}</span>
                  <span className="category-tile-count">
                    {c.productCount === 1 ? "1 product" : `${c.productCount} products`}
                  </span>
                </Link>
              </li>
            ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="new-heading">
        <div className="section-title">
          <h2 id="new-heading">New in</h2>
          <Link prefetch={false} href="/search?sort=newest">
            See everything new
          </Link>
        </div>
        <ProductGrid products={newest.items} />
      </section>
    </>
  );
}
