"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container" style={{ padding: "3rem 1rem" }}>
      <h1>Something went wrong</h1>
      <p>We could not load this page. Please try again in a moment.</p>
      {error.digest ? <p className="muted">Reference: {error.digest}</p> : null}
      <p style={{ display: "flex", gap: "1rem" }}>
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link className="button button-secondary" href="/">
          Back to the shop
        </Link>
      </p>
    </main>
  );
}
