import { decimalPrice } from "@/lib/catalog/structured-data";
import { categoryTextFor, type FeedOffer } from "./feed-offers";
import { buildXml, xmlText } from "./xml";

// Zboží.cz offer feed (napoveda.zbozi.cz, "Specifikace XML"): SHOP in the namespace
// http://www.zbozi.cz/ns/offer/1.0, one SHOPITEM per variant, the variants of a product sharing ITEMGROUP_ID.
// Required there: ITEM_ID, PRODUCTNAME, DESCRIPTION, URL, PRICE_VAT and DELIVERY_DATE (0 = in stock). As for
// Heureka, only variants a shopper can order now are listed.

export const ZBOZI_NAMESPACE = "http://www.zbozi.cz/ns/offer/1.0";

export function zboziFeedXml(offers: readonly FeedOffer[]): string {
  return buildXml({
    SHOP: {
      "@_xmlns": ZBOZI_NAMESPACE,
      SHOPITEM: offers
        .filter((offer) => offer.variant.available > 0)
        .map((offer) => ({
          ITEM_ID: offer.variant.id,
          PRODUCTNAME: xmlText(offer.title).slice(0, 255),
          PRODUCT: xmlText(offer.title).slice(0, 255),
          DESCRIPTION: xmlText(offer.product.description || offer.product.name),
          URL: offer.link,
          ...(offer.images.length > 0 ? { IMGURL: offer.images[0] } : {}),
          ...(offer.images.length > 1 ? { IMGURL_ALTERNATIVE: offer.images.slice(1) } : {}),
          PRICE_VAT: decimalPrice(offer.variant.priceMinor, offer.variant.currency),
          DELIVERY_DATE: 0,
          CATEGORYTEXT: xmlText(categoryTextFor(offer, "zbozi")),
          PRODUCTNO: xmlText(offer.variant.sku),
          ...(offer.groupId ? { ITEMGROUP_ID: offer.groupId } : {}),
          ...(offer.options.length > 0
            ? { PARAM: offer.options.map(([name, value]) => ({ PARAM_NAME: xmlText(name), VAL: xmlText(value) })) }
            : {}),
        })),
    },
  });
}
