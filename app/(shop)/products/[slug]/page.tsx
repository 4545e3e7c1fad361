import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addToCartAction } from "@/app/(shop)/cart/actions";
import { excerpt, pageMetadata } from "@/app/_components/metadata";
import { ProductGrid } from "@/app/_components/product-grid";
import { getCachedProduct, listCachedProducts } from "@/lib/catalog/cache";
import { slugSchema } from "@/lib/catalog/schemas";
import { jsonLdText, productJsonLd } from "@/lib/catalog/structured-data";
import type { ProductDetail } from "@/lib/catalog/types";
import { initialVariant } from "@/lib/catalog/variant-selection";
import { env } from "@/lib/env";
import { allowPageCache, onlyQueryKeys } from "@/lib/http/page-render-record";
import { formatMoney } from "@/lib/money/money";
import { ProductGallery } from "./product-gallery";
import { VariantPicker } from "./variant-picker";
import { currentLanguage } from "@/lib/i18n/request-language";

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

function vatText(bps: number): string {
  return `${new Intl.NumberFormat(env.SHOP_LOCALE, { maximumFractionDigits: 2 }).format(bps / 100)} % VAT`;
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
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link prefetch={false} href="/">
              Home
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

      <div className="product">
        <ProductGallery images={product.images} name={product.name} />
        <div className="product-info">
          <h1 className="product-title">{product.name}</h1>
          <VariantPicker
            optionNames={product.optionNames}
            initialVariantId={chosen?.id ?? ""}
            action={addToCartAction}
            variants={product.variants.map((v) => ({
              id: v.id,
              sku: v.sku,
              options: v.options,
              priceText: formatMoney(v.price, env.SHOP_LOCALE),
              available: v.available,
              stockState: v.stockState,
            }))}
          />
          <p className="product-vat">Price includes {vatText(product.vatRateBps)}.</p>
          <section className="product-description" aria-labelledby="description-heading">
            <h2 id="description-heading">About this product</h2>
            {product.description
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== "")
              .map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
          </section>
        </div>
      </div>

      {others.length > 0 ? (
        <section className="section" aria-labelledby="related-heading">
          <div className="section-title">
            <h2 id="related-heading">More from {product.category.name}</h2>
            <Link prefetch={false} href={`/categories/${product.category.slug}`}>
              See all
            </Link>
          </div>
          <ProductGrid products={others} />
        </section>
      ) : null}
    </>
  );
}
