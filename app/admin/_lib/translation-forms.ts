import { z } from "zod";
import { nestFormFields } from "@/app/admin/_lib/form-input";
import { categoryTranslationsSchema, productTranslationsSchema } from "@/lib/catalog-admin/translation-schemas";
import {
  deliveryMethodTranslationsSchema,
  paymentMethodTranslationsSchema,
  pickupLocationTranslationsSchema,
} from "@/lib/delivery/translation-schemas";

// The translations forms post "translations.<language>.<field>" (and "images.<id>.<language>.alt"), so a schema
// error's path is the input's name.
const posted = <S extends z.ZodType>(schema: S) =>
  z.preprocess((fields) => nestFormFields(fields, { omit: ["id"] }), schema);

export const productTranslationsForm = posted(productTranslationsSchema);
export const categoryTranslationsForm = posted(categoryTranslationsSchema);
export const deliveryMethodTranslationsForm = posted(deliveryMethodTranslationsSchema);
export const pickupLocationTranslationsForm = posted(pickupLocationTranslationsSchema);
export const paymentMethodTranslationsForm = posted(paymentMethodTranslationsSchema);
