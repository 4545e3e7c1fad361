import { variantTitle } from "@/lib/cart/variant-title";
import type { FeedProduct, FeedVariant } from "@/lib/catalog/list-feed-products";
import { absoluteUrl } from "@/lib/catalog/structured-data";
import { defaultLanguage } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";

// One offer per sellable variant, the unit every feed format lists. Links and titles follow the storefront: a
// product with several variants links each offer to its variant (?variant=SKU, as the product page's structured
// data does), and the offers of one product share a group id, as each site asks of variants.

export interface FeedOffer {
  product: FeedProduct;
  variant: FeedVariant;
  /** The product's id when it has several variants; null for a product sold in one form. */
  groupId: string | null;
  /** "Linen Shirt – M / Navy" for a variant, the product name alone otherwise. */
  title: string;
  link: string;
  /** Absolute image URLs, main first. */
  images: string[];
  /** [["Size", "M"], ["Colour", "Navy"]] in the product's option order. */
  options: [string, string][];
}

export function feedOffers(products: readonly FeedProduct[], baseUrl: string, language: string): FeedOffer[] {
  return products.flatMap((product) => {
    const productUrl = absoluteUrl(baseUrl, localizedPath(`/products/${product.slug}`, language, defaultLanguage));
    const images = product.imageUrls.map((url) => absoluteUrl(baseUrl, url));
    const several = product.variants.length > 1;
    return product.variants.map((variant) => {
      const named = variantTitle(product.optionNames, variant.options);
      return {
        product,
        variant,
        groupId: several ? product.id : null,
        title: several && named ? `${product.name} – ${named}` : product.name,
        link: several ? `${productUrl}?variant=${encodeURIComponent(variant.sku)}` : productUrl,
        images,
        options: product.optionNames.flatMap((name): [string, string][] => {
          const value = variant.options[name];
          return value ? [[name, value]] : [];
        }),
      };
    });
  });
}

/** The site's category text when staff mapped one, else the shop's own category name. */
export function categoryTextFor(offer: FeedOffer, site: keyof FeedProduct["categoryText"]): string {
  return offer.product.categoryText[site] ?? offer.product.category.name;
}
