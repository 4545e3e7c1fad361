import Link from "next/link";
import { listCachedCategories } from "@/lib/catalog/cache";

/** What a shopper sees for a page or product that does not exist: a search and the categories, to carry on. */
export async function NotFoundContent() {
  const categories = await listCachedCategories();
  return (
    <div className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="page-lead">
        The product may no longer be sold, or the link may be mistyped. Try a search, or pick a category.
      </p>
      <form action="/search" role="search" aria-label="Search the shop again" className="not-found-search">
        <label htmlFor="nf-search" className="visually-hidden">
          Search products
        </label>
        <input id="nf-search" className="input" type="search" name="q" placeholder="Search products" maxLength={200} />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <h2 className="not-found-subtitle">Browse the shop</h2>
      <ul className="chips">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link prefetch={false} className="chip" href={`/categories/${c.slug}`}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link prefetch={false} href="/">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
