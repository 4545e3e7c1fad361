import { decimalPrice } from "@/lib/catalog/structured-data";
import { categoryTextFor, type FeedOffer } from "./feed-offers";
import { buildXml, xmlText } from "./xml";

// Heureka.cz offer feed (heureka.github.io/xml-feed-specs): SHOP/SHOPITEM, one SHOPITEM per variant with the
// variants of a product sharing ITEMGROUP_ID. Required there: ITEM_ID (≤ 36 of [A-Za-z0-9_-], so the variant's
// UUID), PRODUCTNAME, URL with an add-to-cart button, IMGURL, PRICE_VAT, CATEGORYTEXT. Heureka lists offers a
// shopper can order; this shop takes no backorders, so sold-out variants are left out rather than given a
// delivery date nobody knows. DELIVERY_DATE 0 means "in stock".

export function heurekaFeedXml(offers: readonly FeedOffer[]): string {
  return buildXml({
    SHOP: {
      SHOPITEM: offers
        .filter((offer) => offer.variant.available > 0 && offer.images.length > 0)
        .map((offer) => ({
          ITEM_ID: offer.variant.id,
          PRODUCTNAME: xmlText(offer.title).slice(0, 200),
          PRODUCT: xmlText(offer.title).slice(0, 200),
          DESCRIPTION: xmlText(offer.product.description || offer.product.name),
          URL: offer.link,
          IMGURL: offer.images[0],
          ...(offer.images.length > 1 ? { IMGURL_ALTERNATIVE: offer.images.slice(1) } : {}),
          PRICE_VAT: decimalPrice(offer.variant.priceMinor, offer.variant.currency),
          CATEGORYTEXT: xmlText(categoryTextFor(offer, "heureka")),
          PRODUCTNO: xmlText(offer.variant.sku),
          ...(offer.options.length > 0
            ? { PARAM: offer.options.map(([name, value]) => ({ PARAM_NAME: xmlText(name), VAL: xmlText(value) })) }
            : {}),
          DELIVERY_DATE: 0,
          ...(offer.groupId ? { ITEMGROUP_ID: offer.groupId } : {}),
        })),
    },
  });
}
