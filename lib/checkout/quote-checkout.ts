import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CartRef } from "@/lib/cart/cart-ref";
import { getShopSettings } from "@/lib/delivery/settings-cache";
import { settingsInLanguage } from "@/lib/delivery/settings-in-language";
import { checkDiscount } from "@/lib/discounts/check-discount";
import { paymentCapabilities } from "@/lib/payments/payment-mode";
import { type PricedCheckout, priceWithDelivery } from "./price-with-delivery";
import { readCartForPricing } from "./read-cart-for-pricing";
import type { CheckoutDetails as CheckoutInput } from "./schemas";

/**
 * What the order would cost right now, for the review step, with the delivery named in the shopper's language.
 * Writes nothing; placeOrder prices again.
 */
export async function quoteCheckout(
  db: Db,
  ref: CartRef,
  input: CheckoutInput,
  language: string,
): Promise<PricedCheckout & { currency: string }> {
  const cart = await readCartForPricing(db, ref);
  if (cart.lines.length === 0) throw new AppError("conflict", "Your cart is empty.");
  const subtotal = cart.lines.reduce((n, l) => n + l.unitPriceMinor * l.quantity, 0);
  const rule = input.discountCode
    ? checkDiscount(
        await db.discountCode.findUnique({ where: { code: input.discountCode } }),
        subtotal,
        cart.currency,
        new Date(),
      )
    : null;
  const priced = priceWithDelivery({
    lines: cart.lines,
    discount: rule,
    currency: cart.currency,
    weightGrams: cart.weightGrams,
    settings: settingsInLanguage(await getShopSettings(), language),
    capabilities: paymentCapabilities(),
    checkout: input,
  });
  return { ...priced, currency: cart.currency };
}
