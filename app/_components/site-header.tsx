import Link from "next/link";
import { countCartItems } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { currentCartRef } from "@/lib/http/shopper";
import { AccountLink } from "./account-link";

export async function SiteHeader() {
  const count = await countCartItems(db, await currentCartRef());
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          {env.SHOP_NAME}
        </Link>
        <form className="header-search" action="/search" role="search">
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
          />
          <button className="button" type="submit">
            Search
          </button>
        </form>
        <nav className="header-nav" aria-label="Your shop">
          <AccountLink />
          <Link href="/cart" className="header-cart">
            Cart <span aria-label={`${count} ${count === 1 ? "item" : "items"}`}>({count})</span>
          </Link>
        </nav>
      </div>
    </header>
  );
}
