import { defaultLanguage } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { minorUnitDigits } from "@/lib/money/money";
import type { ProductDetail, StockState } from "./types";

// schema.org JSON-LD for search engines. URLs are absolute and built from the configured public base URL, never
// from the request, so a forged Host header cannot plant links in what crawlers read.

export interface SiteInfo {
  baseUrl: string;
  shopName: string;
  /** The page's language: its URLs carry the language's prefix (/cs/…) and the texts are in it. */
  language: string;
}

export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`).toString();
}

/** 5900 EUR → "59.00": the decimal string schema.org expects, built without floating point. */
export function decimalPrice(amountMinor: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amountMinor);
  const whole = Math.trunc(amountMinor / 10 ** digits);
  const fraction = String(amountMinor % 10 ** digits).padStart(digits, "0");
  return `${whole}.${fraction}`;
}

const availability: Record<StockState, string> = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
};

export function productJsonLd(product: ProductDetail, site: SiteInfo): Record<string, unknown> {
  const url = absoluteUrl(site.baseUrl, localizedPath(`/products/${product.slug}`, site.language, defaultLanguage));
  const only = product.variants.length === 1 ? product.variants[0] : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    "@id": url,
    url,
    name: product.name,
    description: product.description,
    image: product.images.map((image) => absoluteUrl(site.baseUrl, image.url)),
    category: product.category.name,
    brand: { "@type": "Brand", name: site.shopName },
    ...(only ? { sku: only.sku } : {}),
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      sku: variant.sku,
      url: only ? url : `${url}?variant=${encodeURIComponent(variant.sku)}`,
      price: decimalPrice(variant.price.amountMinor, variant.price.currency),
      priceCurrency: variant.price.currency,
      availability: availability[variant.stockState],
      itemCondition: "https://schema.org/NewCondition",
    })),
  };
}

export function websiteJsonLd(site: SiteInfo): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.shopName,
    url: absoluteUrl(site.baseUrl, localizedPath("/", site.language, defaultLanguage)),
    inLanguage: site.language,
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl(site.baseUrl, localizedPath("/search", site.language, defaultLanguage))}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    },
  };
}

/** JSON for an inline <script type="application/ld+json">: "<" is escaped so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
