import Link from "next/link";
import { pageWindow } from "@/lib/catalog/listing-params";

/** Page links that keep every filter in the URL; `hrefFor` builds the link to a page. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      <ul>
        <li>
          {page > 1 ? (
            <Link prefetch={false} href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i) => (
          <li key={p ?? `gap-${i}`}>
            {p === null ? (
              <span className="pagination-gap">…</span>
            ) : p === page ? (
              <a aria-current="page" aria-label={`Page ${p}`} href={hrefFor(p)}>
                {p}
              </a>
            ) : (
              <Link prefetch={false} href={hrefFor(p)} aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < pageCount ? (
            <Link prefetch={false} href={hrefFor(page + 1)} rel="next">
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
