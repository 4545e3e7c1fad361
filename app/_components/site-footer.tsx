import Link from "next/link";
import { env } from "@/lib/env";
import { legalDocuments } from "@/lib/legal/documents";
import type { ShopIdentity } from "@/lib/shop/shop-identity";

export function SiteFooter({
  categories,
  shop,
}: {
  categories: { slug: string; name: string }[];
  /** Who sells (Admin → Shop identity), as the law asks every page to say. */
  shop: ShopIdentity;
}) {
  return (
    <footer className="site-footer">
      <div className="container footer-columns">
        <div className="footer-about">
          <p className="footer-brand">{env.SHOP_NAME}</p>
          <p>Well-made everyday goods from small workshops, shipped across the EU. Prices include VAT.</p>
        </div>
        <nav aria-label="Shop">
          <h2 className="footer-heading">Shop</h2>
          <ul>
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
        <nav aria-label="Help">
          <h2 className="footer-heading">Help</h2>
          <ul>
            <li>
              <Link prefetch={false} href="/contact">
                Contact us
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/search?sort=newest">
                New arrivals
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/developers">
                API for developers
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label="Legal">
          <h2 className="footer-heading">Legal</h2>
          <ul>
            {legalDocuments.map((d) => (
              <li key={d.kind}>
                <Link prefetch={false} href={d.path}>
                  {d.defaultTitle}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="container footer-legal">
        <p>
          © {new Date().getFullYear()} {env.SHOP_NAME}
        </p>
        <p data-testid="footer-operator">
          {[
            shop.legalName,
            shop.addressLines.join(", "),
            shop.companyId ? `Reg. no. ${shop.companyId}` : null,
            shop.vatId ? `VAT ID ${shop.vatId}` : null,
          ]
            .filter(Boolean)
            .join(" · ")}{" "}
          · <a href={`mailto:${shop.email}`}>{shop.email}</a>
        </p>
      </div>
    </footer>
  );
}
