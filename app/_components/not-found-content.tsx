import Link from "next/link";

/**
 * What a shopper sees for a page or product that does not exist: a search and ways back. Free of data on
 * purpose: Next.js renders the not-found boundaries along with every page.
 */
export function NotFoundContent() {
  return (
    <div className="not-found">
      <p className="eyebrow">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="page-lead">
        The product may no longer be sold, or the link may be mistyped. Try a search, or see all products.
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
      <p className="error-actions">
        <Link prefetch={false} className="button button-secondary" href="/search">
          See all products
        </Link>
        <Link prefetch={false} className="button button-secondary" href="/">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
