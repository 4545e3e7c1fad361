"use client";

import Link from "next/link";
import "./storefront.css";

/** A failed page: what happened in plain words, a retry, and ways on that do not depend on the failed data. */
export function ErrorContent({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <div className="not-found">
      <h1 className="page-title">Something went wrong</h1>
      <p className="page-lead">We could not load this page. Please try again in a moment.</p>
      <p className="error-actions">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link prefetch={false} className="button button-secondary" href="/">
          Back to the shop
        </Link>
      </p>
      <form action="/search" role="search" aria-label="Search again" className="not-found-search">
        <label htmlFor="error-search" className="visually-hidden">
          Search products
        </label>
        <input
          id="error-search"
          className="input"
          type="search"
          name="q"
          placeholder="Search products"
          maxLength={200}
        />
        <button className="button button-secondary" type="submit">
          Search
        </button>
      </form>
      {digest ? <p className="muted">Reference for support: {digest}</p> : null}
    </div>
  );
}
