"use client";

import Link from "next/link";

/** The accounting export page failed to load: say so, offer a retry and the way back; the reference ties it to the logs. */
export default function AccountingError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Something went wrong</h1>
      <p>The documents could not be counted. Nothing was changed.</p>
      <p className="toolbar">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link className="button button-secondary" href="/admin/accounting">
          Accounting export
        </Link>
      </p>
      {error.digest ? <p className="muted">Reference for support: {error.digest}</p> : null}
    </main>
  );
}
