import type { DeliveryMethodSetting, ShopSettings } from "./shop-settings";
import { zoneForCountry } from "./shop-settings";

/** What delivery pricing needs to know about a cart. */
export interface CartMeasure {
  /** Goods after any discount, VAT included: what a free-from threshold is compared with. */
  goodsMinor: number;
  weightGrams: number;
  currency: string;
}

/**
 * A method's price for a cart (VAT included), or null when it cannot take the cart. With weight bands the price is
 * that of the lightest band the weight fits in (weight ≤ maxGrams), and a cart heavier than every band is refused;
 * without bands it is the flat price. Reaching the free-from value makes it free either way.
 */
export function priceDeliveryMethod(method: DeliveryMethodSetting, cart: CartMeasure): number | null {
  if (method.currency !== cart.currency) return null;
  let price = method.priceMinor;
  if (method.weightBands.length > 0) {
    const band = method.weightBands.find((b) => cart.weightGrams <= b.maxGrams);
    if (!band) return null;
    price = band.priceMinor;
  }
  if (method.freeFromMinor !== null && cart.goodsMinor >= method.freeFromMinor) return 0;
  return price;
}

export interface PricedDeliveryMethod {
  method: DeliveryMethodSetting;
  priceMinor: number;
}

/** The active methods of the country's zone that can take the cart, in display order; empty outside every zone. */
export function deliveryOptionsFor(settings: ShopSettings, country: string, cart: CartMeasure): PricedDeliveryMethod[] {
  const zone = zoneForCountry(settings, country);
  if (!zone) return [];
  return settings.methods
    .filter((m) => m.zoneId === zone.id && m.active)
    .flatMap((method) => {
      const priceMinor = priceDeliveryMethod(method, cart);
      return priceMinor === null ? [] : [{ method, priceMinor }];
    });
}
