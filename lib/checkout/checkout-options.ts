import { addressLines } from "@/lib/delivery/address-lines";
import { CountryNames, serverMessage } from "@/lib/i18n/server-message";
import type { Db } from "@/lib/db";
import type { CartRef } from "@/lib/cart/cart-ref";
import { countryNames } from "@/lib/delivery/countries";
import { deliveryOptionsFor } from "@/lib/delivery/price-delivery";
import { settingsInLanguage } from "@/lib/delivery/settings-in-language";
import type { ShopSettings } from "@/lib/delivery/shop-settings";
import { zoneForCountry } from "@/lib/delivery/shop-settings";
import { invalidInput } from "@/lib/errors";
import { formattingLocale } from "@/lib/i18n/languages";
import { translator } from "@/lib/i18n/translator";
import type { DeliveryKind, PaymentMethod } from "@/lib/generated/prisma/client";
import {
  offeredPaymentMethods,
  type PaymentCapabilities,
  paymentMethodsForDelivery,
} from "@/lib/payments/offered-payment-methods";
import { priceOrder } from "./pricing";
import { readCartForPricing } from "./read-cart-for-pricing";

export interface MoneyOut {
  amountMinor: number;
  currency: string;
}

export interface CheckoutOptions {
  country: string;
  countryName: string;
  shippingMethods: {
    id: string;
    name: string;
    description: string;
    kind: DeliveryKind;
    price: MoneyOut;
    /** The payment methods this delivery allows (ids from paymentMethods). */
    paymentMethods: PaymentMethod[];
    /** Click & collect: where the order can be picked up. */
    pickupLocations: {
      id: string;
      name: string;
      address: string;
      openingHours: string;
    }[];
  }[];
  paymentMethods: { id: PaymentMethod; name: string; instructions: string; surcharge: MoneyOut | null }[];
}

/**
 * The delivery options for a country and the caller's cart (priced by its weight and value, before any discount
 * code), and the payment methods they allow, in the shopper's language. A country outside every zone is refused.
 */
export async function checkoutOptions(
  db: Db,
  ref: CartRef,
  country: string,
  shopSettings: ShopSettings,
  capabilities: PaymentCapabilities,
  language: string,
): Promise<CheckoutOptions> {
  const settings = settingsInLanguage(shopSettings, language);
  const t = translator(language);
  const countryNamesInLanguage = countryNames(formattingLocale(language));
  if (!zoneForCountry(settings, country)) {
    throw invalidInput({
      country: serverMessage("We do not deliver to {country}.", { country: new CountryNames([country]) }),
    });
  }
  const cart = await readCartForPricing(db, ref);
  const goods = priceOrder({ lines: cart.lines, discount: null, shipping: { grossMinor: 0, vatRateBps: 0 } });
  const offered = offeredPaymentMethods(settings, capabilities, cart.currency);
  const pickupLocations = settings.pickupLocations
    .filter((p) => p.active)
    .map((p) => ({
      id: p.id,
      name: p.name,
      address: [...addressLines(p, "none"), countryNamesInLanguage.name(p.country)].join(", "),
      openingHours: p.openingHours,
    }));
  const shippingMethods = deliveryOptionsFor(settings, country, {
    goodsMinor: goods.itemsTotalMinor,
    weightGrams: cart.weightGrams,
    currency: cart.currency,
  })
    .map(({ method, priceMinor }) => ({
      id: method.id,
      name: method.name,
      description: method.description,
      kind: method.kind,
      price: { amountMinor: priceMinor, currency: method.currency },
      paymentMethods: paymentMethodsForDelivery(method, offered),
      pickupLocations: method.kind === "CLICK_AND_COLLECT" ? pickupLocations : [],
    }))
    // A method nobody can pay for, or a click & collect without a place to collect, is not an option.
    .filter((m) => m.paymentMethods.length > 0 && (m.kind === "HOME_DELIVERY" || m.pickupLocations.length > 0));
  const used = new Set(shippingMethods.flatMap((m) => m.paymentMethods));
  return {
    country,
    countryName: countryNamesInLanguage.name(country),
    shippingMethods,
    paymentMethods: offered
      .filter((id) => used.has(id))
      .map((id) => {
        const config = settings.payments[id];
        return {
          id,
          name: t(`checkout.paymentMethod.${id}`),
          instructions: config.instructions,
          surcharge:
            id === "cash_on_delivery" && config.surchargeMinor > 0
              ? { amountMinor: config.surchargeMinor, currency: config.currency }
              : null,
        };
      }),
  };
}
