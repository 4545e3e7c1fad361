import type { Metadata } from "next";
import Link from "next/link";
import { InvalidListingParams } from "@/app/_components/listing/invalid-params";
import { LISTING_FORM_ID } from "@/app/_components/listing/listing-form";
import { ListingView } from "@/app/_components/listing/listing-view";
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
  // Result pages are for shoppers, not search engines: not indexed, but their links are followed.
  return pageMetadata({
    language: await currentLanguage(),
    title: q ? `Search results for “${q}”` : "All products",
    description: `Find everyday goods at ${env.SHOP_NAME}: search, filter by category, price and stock.`,
    path: "/search",
    noIndex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const [parsed, categories] = await Promise.all([
    searchParams.then((raw) => parseListingParams(raw)),
    currentLanguage().then(listCachedCategories),
  ]);
  if (!parsed.ok) {
    return (
      <>
        <h1 className="page-title">Search</h1>
        <InvalidListingParams fields={parsed.fields} resetHref="/search" />
      </>
    );
  }
  const { query } = parsed;
  const result = await listCachedProducts(query, await currentLanguage());
  const title = query.q ? `Results for “${query.q}”` : "All products";

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
              Search for
            </label>
            <input
              id="search-q"
              name="q"
              type="search"
              className="input"
              defaultValue={query.q ?? ""}
              placeholder="What are you looking for?"
              maxLength={200}
              form={LISTING_FORM_ID}
            />
            <button type="submit" className="button" form={LISTING_FORM_ID}>
              Search
            </button>
          </div>
        }
        emptyHint={
          <>
            <p>Check the spelling, use a more general word, or browse a category:</p>
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
