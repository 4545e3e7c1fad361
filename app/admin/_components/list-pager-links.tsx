"use client";

import { useTranslations } from "next-intl";
import { LocaleLink } from "@/app/_components/locale-link";

/** The words and links of ListPager (list-pager.tsx), in the page's language. */
export function ListPagerLinks({
  prevHref,
  nextHref,
  page,
  pageCount,
  counted,
}: {
  prevHref: string | null;
  nextHref: string | null;
  page: number;
  pageCount: number;
  counted: string;
}) {
  const t = useTranslations("admin.common.pager");
  return (
    <nav className="pager" aria-label={t("label")}>
      {prevHref ? (
        <LocaleLink href={prevHref} rel="prev">
          <span aria-hidden="true">←</span> {t("previous")}
        </LocaleLink>
      ) : null}
      <span>{t("position", { page, pageCount, counted })}</span>
      {nextHref ? (
        <LocaleLink href={nextHref} rel="next">
          {t("next")} <span aria-hidden="true">→</span>
        </LocaleLink>
      ) : null}
    </nav>
  );
}
