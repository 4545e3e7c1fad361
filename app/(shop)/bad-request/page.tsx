import type { Metadata } from "next";
import Link from "next/link";

// The shop's page for an address it cannot read (a broken percent-encoding, a NUL byte): the server
// (lib/runtime/server.ts) shows it with status 400 in place of the page that was asked for.

export const metadata: Metadata = { title: "This address is not valid", robots: { index: false } };

export default function BadRequestPage() {
  return (
    <div className="not-found">
      <p className="eyebrow">Error 400</p>
      <h1 className="page-title">This address is not valid</h1>
      <p className="page-lead">
        The link contains characters the shop cannot read; it may have been cut off or changed on the way. Try a search,
        or see all products.
      </p>
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
