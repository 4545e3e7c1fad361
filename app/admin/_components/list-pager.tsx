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
  /** What is counted, e.g. { one: "customer", other: "customers" }. */
  noun: { one: string; other: string };
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
        Page {Math.min(page, pageCount)} of {pageCount} ({total.toLocaleString("en")}{" "}
        {total === 1 ? noun.one : noun.other})
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          Next <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
