"use client";

import Link from "next/link";

/** The shop identity page failed to load: say so, offer a retry and the way back; the reference ties it to the logs. */
export default function ShopIdentityError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Something went wrong</h1>
      <p>The shop identity could not be loaded. Nothing was changed.</p>
      <p className="toolbar">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link className="button button-secondary" href="/admin">
          Dashboard
        </Link>
      </p>
      {error.digest ? <p className="muted">Reference for support: {error.digest}</p> : null}
    </main>
  );
}
