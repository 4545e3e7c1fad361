import Link from "next/link";
import { countCartItems } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { currentCartRef } from "@/lib/http/shopper";
import { AccountLink } from "./account-link";

export async function SiteHeader({ categories }: { categories: { slug: string; name: string }[] }) {
  const count = await countCartItems(db, await currentCartRef());
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
        <form className="header-search" action="/search" role="search" aria-label="Site search">
          <label htmlFor="site-search" className="visually-hidden">
            Search products
          </label>
          <input
            id="site-search"
            className="input"
            type="search"
            name="q"
            placeholder="Search products"
            maxLength={200}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button className="button" type="submit">
            Search
          </button>
        </form>
        <nav className="header-nav" aria-label="Your shop">
          <AccountLink />
          <Link prefetch={false} href="/cart" className="header-cart">
            Cart <span className="cart-count">({count})</span>
            <span className="visually-hidden">{count === 1 ? " item" : " items"}</span>
          </Link>
        </nav>
      </div>
      <nav aria-label="Categories" className="category-nav">
        <ul className="container">
          <li>
            <Link prefetch={false} href="/search">
              All products
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
