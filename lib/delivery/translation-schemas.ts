import { z } from "zod";
import { perLanguage, translatedLine, translatedText } from "@/lib/catalog-admin/translation-schemas";

// Staff's translations of what shoppers read of the delivery and payment settings, into every enabled language
// other than the shop's own. Same rules as the catalog's (a left-out field stays, an empty one falls back to the
// shop's own text) and the same limits as the shop-language fields in admin-schemas.ts and payments/settings.

export const deliveryMethodTranslationsSchema = z.strictObject({
  translations: perLanguage(
    z.strictObject({
      name: translatedLine("The name", 80),
      description: translatedText("The description", 200),
    }),
  ).default({}),
});
export type DeliveryMethodTranslationsInput = z.output<typeof deliveryMethodTranslationsSchema>;

export const pickupLocationTranslationsSchema = z.strictObject({
  translations: perLanguage(z.strictObject({ openingHours: translatedText("The opening hours", 300) })).default({}),
});
export type PickupLocationTranslationsInput = z.output<typeof pickupLocationTranslationsSchema>;

export const paymentMethodTranslationsSchema = z.strictObject({
  translations: perLanguage(z.strictObject({ instructions: translatedText("The instructions text", 1_000) })).default(
    {},
  ),
});
export type PaymentMethodTranslationsInput = z.output<typeof paymentMethodTranslationsSchema>;
