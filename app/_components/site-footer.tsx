import Link from "next/link";
import { env } from "@/lib/env";

export function SiteFooter({ categories }: { categories: { slug: string; name: string }[] }) {
  return (
    <footer className="site-footer">
      <div className="container">
        <div>
          <strong>{env.SHOP_NAME}</strong>
          <p>Well-made everyday goods, shipped across the EU.</p>
        </div>
        <nav aria-label="Categories">
          <ul>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/categories/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Customer service">
          <ul>
            <li>
              <Link href="/contact">Contact us</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
