import { getTranslations } from "next-intl/server";
import { countCartItems } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { currentCartRef } from "@/lib/http/shopper";
import { localeHref } from "@/lib/i18n/paths";
import { AccountLink } from "./account-link";
import { LanguageSwitcher } from "./language-switcher";
import { LocaleLink as Link } from "./locale-link";

export async function SiteHeader({ categories }: { categories: { slug: string; name: string }[] }) {
  const [count, t, searchAction] = await Promise.all([
    currentCartRef().then((ref) => countCartItems(db, ref)),
    getTranslations("header"),
    localeHref("/search"),
  ]);
  return (
    <header className="site-header">
      <div className="container header-bar">
        <Link prefetch={false} href="/" className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path d="M9 22V10l14 12V10" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
          </svg>
          <span>{env.SHOP_NAME}</span>
        </Link>
        <form className="header-search" action={searchAction} role="search" aria-label={t("siteSearch")}>
          <label htmlFor="site-search" className="visually-hidden">
            {t("searchLabel")}
          </label>
          <input
            id="site-search"
            className="input"
            type="search"
            name="q"
            placeholder={t("searchLabel")}
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button className="button" type="submit">
            {t("searchButton")}
          </button>
        </form>
        <nav className="header-nav" aria-label={t("yourShop")}>
          <AccountLink />
          <Link prefetch={false} href="/cart" className="header-cart">
            {t("cart")} <span className="cart-count">({count})</span>
            <span className="visually-hidden"> {t("cartItems", { count })}</span>
          </Link>
          <LanguageSwitcher />
        </nav>
      </div>
      <nav aria-label={t("categories")} className="category-nav">
        <ul className="container">
          <li>
            <Link prefetch={false} href="/search">
              {t("allProducts")}
            </Link>
          </li>
          {categories.map((c) => (
            <li key={c.slug}>
              <Link prefetch={false} href={`/categories/${c.slug}`}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
