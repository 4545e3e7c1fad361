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

export const productTranslationsForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  productTranslationsSchema,
);

export const categoryTranslationsForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  categoryTranslationsSchema,
);

export const deliveryMethodTranslationsForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  deliveryMethodTranslationsSchema,
);

export const pickupLocationTranslationsForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  pickupLocationTranslationsSchema,
);

export const paymentMethodTranslationsForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  paymentMethodTranslationsSchema,
);
