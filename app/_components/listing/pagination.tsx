import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { pageWindow } from "@/lib/catalog/listing-params";
import { localeHref } from "@/lib/i18n/paths";

/** Page links that keep every filter in the URL; `hrefFor` builds the link to a page. */
export async function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const [t, current] = await Promise.all([getTranslations("listing"), localeHref(hrefFor(page))]);
  return (
    <nav className="pagination" aria-label={t("pages")}>
      <ul>
        <li>
          {page > 1 ? (
            <Link prefetch={false} href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span> {t("previous")}
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, i) => (
          <li key={p ?? `gap-${i}`}>
            {p === null ? (
              <span className="pagination-gap">…</span>
            ) : p === page ? (
              <a aria-current="page" aria-label={t("page", { page: p })} href={current}>
                {p}
              </a>
            ) : (
              <Link prefetch={false} href={hrefFor(p)} aria-label={t("page", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
        <li>
          {page < pageCount ? (
            <Link prefetch={false} href={hrefFor(page + 1)} rel="next">
              {t("next")} <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
