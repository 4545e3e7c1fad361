import { env } from "@/lib/env";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import { legalDocuments } from "@/lib/legal/documents";
import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { LocaleLink as Link } from "./locale-link";

export async function SiteFooter({
  categories,
  shop,
}: {
  categories: { slug: string; name: string }[];
  /** Who sells (Admin → Shop identity), as the law asks every page to say. */
  shop: ShopIdentity;
}) {
  // translator() rather than getTranslations(): the footer is also rendered outside a page (tests).
  const t = translator(await currentLanguage());
  return (
    <footer className="site-footer">
      <div className="container footer-columns">
        <div className="footer-about">
          <p className="footer-brand">{env.SHOP_NAME}</p>
          <p>{t("footer.about")}</p>
        </div>
        <nav aria-label={t("footer.shop")}>
          <h2 className="footer-heading">{t("footer.shop")}</h2>
          <ul>
            <li>
              <Link prefetch={false} href="/search">
                {t("footer.allProducts")}
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
        <nav aria-label={t("footer.help")}>
          <h2 className="footer-heading">{t("footer.help")}</h2>
          <ul>
            <li>
              <Link prefetch={false} href="/contact">
                {t("footer.contact")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/search?sort=newest">
                {t("footer.newArrivals")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href="/developers">
                {t("footer.developers")}
              </Link>
            </li>
          </ul>
        </nav>
        <nav aria-label={t("footer.legal")}>
          <h2 className="footer-heading">{t("footer.legal")}</h2>
          <ul>
            {legalDocuments.map((d) => (
              <li key={d.kind}>
                <Link prefetch={false} href={d.path}>
                  {t(`legal.documents.${d.kind}`)}
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
            shop.companyId ? t("footer.companyId", { id: shop.companyId }) : null,
            shop.vatId ? t("footer.vatId", { id: shop.vatId }) : null,
          ]
            .filter(Boolean)
            .join(" · ")}{" "}
          · <a href={`mailto:${shop.email}`}>{shop.email}</a>
        </p>
      </div>
    </footer>
  );
}
