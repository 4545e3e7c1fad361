import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="container" style={{ padding: "3rem 1rem" }}>
      <h1>We couldn’t find that page</h1>
      <p>The product may have sold out for good, or the link may be mistyped.</p>
      <form action="/search" role="search" style={{ display: "flex", gap: "0.5rem", maxWidth: 480 }}>
        <label htmlFor="nf-search" className="visually-hidden">
          Search products
        </label>
        <input id="nf-search" className="input" type="search" name="q" placeholder="Search products" />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <p>
        <Link href="/">Back to the shop</Link>
      </p>
    </main>
  );
}
