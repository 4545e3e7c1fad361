import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvalidListingParams } from "@/app/_components/listing/invalid-params";
import { LISTING_FORM_ID } from "@/app/_components/listing/listing-form";
import { ListingView } from "@/app/_components/listing/listing-view";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pageMetadata } from "@/app/_components/metadata";
import { listCachedCategories, listCachedProducts } from "@/lib/catalog/cache";
import { parseListingParams, type RawSearchParams } from "@/lib/catalog/listing-params";
import { env } from "@/lib/env";
import { currentLanguage } from "@/lib/i18n/request-language";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseListingParams(await searchParams);
  const q = parsed.ok ? parsed.query.q : undefined;
  const t = await getTranslations("search");
  // Result pages are for shoppers, not search engines: not indexed, but their links are followed.
  return pageMetadata({
    language: await currentLanguage(),
    title: q ? t("metaTitle", { q }) : t("allProducts"),
    description: t("metaDescription", { shop: env.SHOP_NAME }),
    path: "/search",
    noIndex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const [parsed, categories, t] = await Promise.all([
    searchParams.then((raw) => parseListingParams(raw)),
    currentLanguage().then(listCachedCategories),
    getTranslations("search"),
  ]);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="page-title">{t("title")}</h1>
        <InvalidListingParams fields={parsed.fields} resetHref="/search" />
      </>
    );
  }
  const { query } = parsed;
  const result = await listCachedProducts(query, await currentLanguage());
  const title = query.q ? t("resultsFor", { q: query.q }) : t("allProducts");

  return (
    <>
      <h1 className="page-title">{title}</h1>
      <ListingView
        path="/search"
        query={query}
        result={result}
        categories={categories}
        searchField={
          <div className="search-field" role="search">
            <label htmlFor="search-q" className="visually-hidden">
              {t("searchFor")}
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              className="input"
              defaultValue={query.q ?? ""}
              placeholder={t("placeholder")}
              maxLength={200}
              form={LISTING_FORM_ID}
            />
            <button type="submit" className="button" form={LISTING_FORM_ID}>
              {t("button")}
            </button>
          </div>
        }
        emptyHint={
          <>
            <p>{t("emptyHint")}</p>
            <ul className="chips">
              {categories.map((c) => (
                <li key={c.slug}>
                  <Link prefetch={false} className="chip" href={`/categories/${c.slug}`}>
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        }
      />
    </>
  );
}
