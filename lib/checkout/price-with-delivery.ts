import type { CartMeasure } from "@/lib/delivery/price-delivery";
import type { ShopSettings } from "@/lib/delivery/shop-settings";
import { env } from "@/lib/env";
import type { PaymentCapabilities } from "@/lib/payments/offered-payment-methods";
import { type ChosenDelivery, chooseDelivery } from "./choose-delivery";
import { type DiscountRule, type PricedOrder, type PricingLine, priceOrder } from "./pricing";
import type { CheckoutDetails as CheckoutInput } from "./schemas";

export type PricedCheckout = PricedOrder & { surchargeMinor: number; delivery: ChosenDelivery };

/**
 * Prices goods, delivery and any cash-on-delivery surcharge. The free-from threshold compares the goods after
 * discount; the surcharge is taxed like shipping (one amount at the standard rate), so lines, breakdown and total
 * still agree to the cent. shippingMinor is the delivery alone; totalMinor = items + shipping + surcharge.
 */
export function priceWithDelivery(input: {
  lines: PricingLine[];
  discount: DiscountRule | null;
  currency: string;
  weightGrams: number;
  settings: ShopSettings;
  capabilities: PaymentCapabilities;
  checkout: Pick<
    CheckoutInput,
    "shippingAddress" | "recipient" | "shippingMethodId" | "pickupLocationId" | "paymentMethod"
  >;
}): PricedCheckout {
  const goods = priceOrder({
    lines: input.lines,
    discount: input.discount,
    shipping: { grossMinor: 0, vatRateBps: 0 },
  });
  const cart: CartMeasure = {
    goodsMinor: goods.itemsTotalMinor,
    weightGrams: input.weightGrams,
    currency: input.currency,
  };
  const delivery = chooseDelivery(input.settings, input.capabilities, input.checkout, cart);
  const priced = priceOrder({
    lines: input.lines,
    discount: input.discount,
    shipping: { grossMinor: delivery.shippingMinor + delivery.surchargeMinor, vatRateBps: env.SHOP_STANDARD_VAT_BPS },
  });
  return { ...priced, shippingMinor: delivery.shippingMinor, surchargeMinor: delivery.surchargeMinor, delivery };
}
