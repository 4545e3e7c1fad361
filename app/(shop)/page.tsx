import Link from "next/link";
import { ProductGrid } from "@/app/_components/product-grid";
import { listCategories } from "@/lib/catalog/list-categories";
import { listProducts } from "@/lib/catalog/list-products";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [featured, newest, categories] = await Promise.all([
    listProducts(db, { page: 1, pageSize: 8, sort: "relevance" }),
    listProducts(db, { page: 1, pageSize: 4, sort: "newest" }),
    listCategories(db),
  ]);
  return (
    <>
      <section className="hero">
        <h1>{env.SHOP_NAME}</h1>
        <p className="muted">Well-made everyday goods from small workshops, shipped across the EU.</p>
      </section>
      <nav aria-label="Shop by category" className="section">
        <ul className="chips">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link className="chip" href={`/categories/${c.slug}`}>
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="section" aria-labelledby="featured-heading">
        <h2 id="featured-heading">Featured</h2>
        <ProductGrid products={featured.items} priorityCount={2} />
      </section>
      <section className="section" aria-labelledby="new-heading">
        <div className="section-title">
          <h2 id="new-heading">New in</h2>
          <Link href="/search?sort=newest">See everything new</Link>
        </div>
        <ProductGrid products={newest.items} />
      </section>
    </>
  );
}
