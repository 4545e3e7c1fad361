import Link from "next/link";

/** Previous/next links under an admin list, with where the reader is. */
export function ListPager({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Plural, e.g. "customers". */
  noun: string;
  hrefFor: (page: number) => string;
}) {
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          <span aria-hidden="true">←</span> Previous
        </Link>
      ) : null}
      <span>
        Page {Math.min(page, pageCount)} of {pageCount} ({total.toLocaleString("en")} {noun})
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
