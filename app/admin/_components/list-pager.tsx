import { ListPagerLinks } from "./list-pager-links";

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
  /**
   * What is counted: the whole count in the page's language ("5 zákazníků", from a plural message), or English
   * nouns { one: "customer", other: "customers" } put after the number.
   */
  noun: string | { one: string; other: string };
  hrefFor: (page: number) => string;
}) {
  const counted =
    typeof noun === "string" ? noun : `${total.toLocaleString("en")} ${total === 1 ? noun.one : noun.other}`;
  return (
    <ListPagerLinks
      prevHref={page > 1 ? hrefFor(page - 1) : null}
      nextHref={page < pageCount ? hrefFor(page + 1) : null}
      page={Math.min(page, pageCount)}
      pageCount={pageCount}
      counted={counted}
    />
  );
}
