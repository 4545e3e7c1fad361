import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { addToCartAction } from "@/app/(shop)/cart/actions";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { excerpt, pageMetadata } from "@/app/_components/metadata";
import { ProductGrid } from "@/app/_components/product-grid";
import { stockLabel } from "@/app/_components/stock-badge";
import { getCachedProduct, listCachedProducts } from "@/lib/catalog/cache";
import { slugSchema } from "@/lib/catalog/schemas";
import { jsonLdText, productJsonLd } from "@/lib/catalog/structured-data";
import type { ProductDetail } from "@/lib/catalog/types";
import { initialVariant } from "@/lib/catalog/variant-selection";
import { env } from "@/lib/env";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { formatMoney } from "@/lib/money/money";
import { galleryPictures } from "./gallery-pictures";
import { ProductGallery } from "./product-gallery";
import { VariantPicker } from "./variant-picker";
import { PageTranslations } from "@/app/_components/page-translations";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(slug: string): Promise<ProductDetail | null> {
  return slugSchema.safeParse(slug).success ? getCachedProduct(slug, await currentLanguage()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).slug);
  if (!product) return {};
  return pageMetadata({
    language: await currentLanguage(),
    title: product.name,
    description: excerpt(product.description),
    path: `/products/${product.slug}`,
    image: product.images[0] ?? null,
  });
}

/** 2100 → "21%" (en-IE), "21 %" (cs). */
function vatRateText(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bps / 10_000);
}

export default async function ProductPage({ params, searchParams }: Props) {
  const product = await load((await params).slug);
  if (!product) notFound();
  const query = await searchParams;
  if (onlyQueryKeys(query, ["variant"])) allowPageCache({ productId: product.id });
  const requested = query.variant;
  const chosen = initialVariant(product.variants, typeof requested === "string" ? requested : undefined);
  const related = await listCachedProducts(
    {
      category: product.category.slug,
      page: 1,
      pageSize: 5,
      sort: "relevance",
    },
    await currentLanguage(),
  );
  const others = related.items.filter((p) => p.id !== product.id).slice(0, 4);
  const [t, tStock, language] = await Promise.all([
    getTranslations("product"),
    getTranslations("stock"),
    currentLanguage(),
  ]);
  const locale = formattingLocale(language);

  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: jsonLdText(
            productJsonLd(product, {
              baseUrl: env.PUBLIC_BASE_URL,
              shopName: env.SHOP_NAME,
              language: await currentLanguage(),
            }),
          ),
        }}
      />
      <nav aria-label={t("breadcrumb")} className="breadcrumbs">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              {t("home")}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={`/categories/${product.category.slug}`}>
              {product.category.name}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={`/products/${product.slug}`} aria-current="page">
              {product.name}
            </Link>
          </li>
        </ol>
      </nav>

      <PageTranslations namespaces={["product"]}>
        <div className="product">
          <ProductGallery pictures={galleryPictures(product.images, product.name)} />
          <div className="product-info">
            <h1 className="product-title">{product.name}</h1>
            <VariantPicker
              optionNames={product.optionNames}
              optionLabels={product.optionLabels}
              initialVariantId={chosen?.id ?? ""}
              action={addToCartAction}
              variants={product.variants.map((v) => ({
                id: v.id,
                sku: v.sku,
                options: v.options,
                priceText: formatMoney(v.price, locale),
                available: v.available,
                stockState: v.stockState,
                stockText: stockLabel(tStock, v.stockState, v.available),
              }))}
            />
            <p className="product-vat">{t("vatIncluded", { rate: vatRateText(product.vatRateBps, locale) })}</p>
            <section className="product-description" aria-labelledby="description-heading">
              <h2 id="description-heading">{t("about")}</h2>
              {product.description
                .split(/\n\s*\n/)
                .filter((p) => p.trim() !== "")
                .map((paragraph, i) => (
                  <p key={i}>{paragraph}</p>
                ))}
            </section>
          </div>
        </div>
      </PageTranslations>

      {others.length > 0 ? (
        <section className="section" aria-labelledby="related-heading">
          <div className="section-title">
            <h2 id="related-heading">{t("moreFrom", { category: product.category.name })}</h2>
            <Link prefetch={false} href={`/categories/${product.category.slug}`}>
              {t("seeAll")}
            </Link>
          </div>
          <ProductGrid products={others} />
        </section>
      ) : null}
    </>
  );
}
