import Link from "next/link";
import { env } from "@/lib/env";

export function SiteHeader() {
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
      </div>
    </header>
  );
}
