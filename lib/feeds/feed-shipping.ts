import { priceDeliveryMethod } from "@/lib/delivery/price-delivery";
import type { ShopSettings } from "@/lib/delivery/shop-settings";
import type { FeedOffer } from "./feed-offers";

export interface ShippingQuote {
  country: string;
  service: string;
  priceMinor: number;
}

/**
 * What one unit of the offer costs to send to each country the shop delivers to: the cheapest active home-delivery
 * method of the country's zone that takes it, priced by the checkout's own rule (weight bands, free-from value).
 * Click & collect is left out: it is not shipping. Countries no method can serve are left out too.
 */
export function shippingQuotes(settings: ShopSettings, offer: FeedOffer): ShippingQuote[] {
  const cart = {
    goodsMinor: offer.variant.priceMinor,
    weightGrams: offer.variant.weightGrams,
    currency: offer.variant.currency,
  };
  const quotes: ShippingQuote[] = [];
  for (const zone of settings.zones) {
    let best: { service: string; priceMinor: number } | null = null;
    for (const method of settings.methods) {
      if (method.zoneId !== zone.id || !method.active || method.kind !== "HOME_DELIVERY") continue;
      const priceMinor = priceDeliveryMethod(method, cart);
      if (priceMinor !== null && (!best || priceMinor < best.priceMinor)) best = { service: method.name, priceMinor };
    }
    if (best) for (const country of zone.countries) quotes.push({ country, ...best });
  }
  return quotes;
}
