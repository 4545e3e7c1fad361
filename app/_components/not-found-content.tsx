import { getTranslations } from "next-intl/server";
import { localeHref } from "@/lib/i18n/paths";
import { LocaleLink as Link } from "./locale-link";

/**
 * What a shopper sees for a page or product that does not exist: a search and ways back. Free of data on
 * purpose: Next.js renders the not-found boundaries along with every page.
 */
export async function NotFoundContent() {
  const [t, searchAction] = await Promise.all([getTranslations("errors"), localeHref("/search")]);
  return (
    <div className="not-found">
      <p className="eyebrow">{t("notFoundCode")}</p>
      <h1 className="page-title">{t("notFoundTitle")}</h1>
      <p className="page-lead">{t("notFoundLead")}</p>
      <form action={searchAction} role="search" aria-label={t("searchShopAgain")} className="not-found-search">
        <label htmlFor="nf-search" className="visually-hidden">
          {t("searchProducts")}
        </label>
        <input
          id="nf-search"
          className="input"
          type="search"
          name="q"
          placeholder={t("searchProducts")}
          maxLength={200}
        />
        <button className="button" type="submit">
          {t("search")}
        </button>
      </form>
      <p className="error-actions">
        <Link prefetch={false} className="button button-secondary" href="/search">
          {t("seeAllProducts")}
        </Link>
        <Link prefetch={false} className="button button-secondary" href="/">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
