import { decimalPrice } from "@/lib/catalog/structured-data";
import type { FeedOffer } from "./feed-offers";
import type { FeedInput } from "./feed-input";
import { shippingQuotes } from "./feed-shipping";
import { buildXml, xmlText } from "./xml";

// Google Merchant Center product data in RSS 2.0 with the g: namespace (support.google.com/merchants, "RSS 2.0
// specification" and "Product data specification"). Every offer is listed, an unavailable one as out_of_stock:
// Google asks not to drop products that are only temporarily unavailable. An offer without an image is left out,
// since image_link is required. The shop has no GTINs or brand data of its own, so the brand is the shop (as on
// the product page's structured data) and identifier_exists is "no".

export const GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0";

const money = (amountMinor: number, currency: string) => `${decimalPrice(amountMinor, currency)} ${currency}`;

function item(offer: FeedOffer, input: FeedInput): Record<string, unknown> {
  const { product, variant } = offer;
  const mapped = product.categoryText.google;
  return {
    "g:id": xmlText(variant.sku),
    "g:title": xmlText(offer.title).slice(0, 150),
    "g:description": xmlText(product.description || product.name).slice(0, 5000),
    "g:link": offer.link,
    "g:image_link": offer.images[0],
    ...(offer.images.length > 1 ? { "g:additional_image_link": offer.images.slice(1, 11) } : {}),
    "g:availability": variant.available > 0 ? "in_stock" : "out_of_stock",
    "g:price": money(variant.priceMinor, variant.currency),
    "g:condition": "new",
    "g:brand": xmlText(input.shopName),
    "g:identifier_exists": "no",
    "g:mpn": xmlText(variant.sku),
    ...(offer.groupId ? { "g:item_group_id": offer.groupId } : {}),
    ...(mapped ? { "g:google_product_category": xmlText(mapped) } : {}),
    "g:product_type": xmlText(product.category.name),
    "g:shipping": shippingQuotes(input.settings, offer).map((quote) => ({
      "g:country": quote.country,
      "g:service": xmlText(quote.service),
      "g:price": money(quote.priceMinor, variant.currency),
    })),
  };
}

export function googleFeedXml(offers: readonly FeedOffer[], input: FeedInput): string {
  return buildXml({
    rss: {
      "@_version": "2.0",
      "@_xmlns:g": GOOGLE_NAMESPACE,
      channel: {
        title: xmlText(input.shopName),
        link: input.baseUrl,
        description: xmlText(`Products of ${input.shopName}`),
        item: offers.filter((offer) => offer.images.length > 0).map((offer) => item(offer, input)),
      },
    },
  });
}
