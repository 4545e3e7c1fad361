import { z } from "zod";
import { safeString } from "@/lib/validation";
import { nestFormFields } from "@/app/admin/_lib/form-input";
import {
  imageAltSchema,
  productCreateSchema,
  productUpdateSchema,
  stockAdjustmentSchema,
  variantCreateSchema,
  variantUpdateSchema,
} from "@/lib/catalog-admin/schemas";

// The catalog forms' fields → the same schemas the /api/admin routes use.

export const productCreateForm = z.preprocess(
  (fields) =>
    nestFormFields(fields, {
      checkboxes: ["featured"],
      lists: ["optionNames"],
      blankIsMissing: ["vatRate", "variants.0.stockOnHand", "variants.0.weightGrams"],
    }),
  productCreateSchema,
);

export const productUpdateForm = z.preprocess(
  (fields) =>
    nestFormFields(fields, {
      checkboxes: ["featured"],
      lists: ["optionNames"],
      omit: ["id"],
      blankIsMissing: ["vatRate"],
    }),
  productUpdateSchema,
);

export const variantCreateForm = z.preprocess(
  (fields) =>
    nestFormFields(fields, {
      checkboxes: ["active"],
      omit: ["productId"],
      blankIsMissing: ["stockOnHand", "position", "weightGrams"],
    }),
  variantCreateSchema,
);

export const variantUpdateForm = z.preprocess(
  (fields) =>
    nestFormFields(fields, { checkboxes: ["active"], omit: ["id"], blankIsMissing: ["position", "weightGrams"] }),
  variantUpdateSchema,
);

export const stockAdjustmentForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["id"] }),
  stockAdjustmentSchema,
);

export const imageAltForm = z.preprocess(
  (fields) => nestFormFields(fields, { omit: ["productId", "imageId"] }),
  imageAltSchema,
);

export const imageRemoveForm = z.object({ productId: safeString(), imageId: safeString() });
