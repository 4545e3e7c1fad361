"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminLocale } from "@/app/admin/_lib/format";
import { formId } from "@/app/admin/_lib/form-input";
import { addVariant } from "@/lib/catalog-admin/add-variant";
import { adjustStock } from "@/lib/catalog-admin/adjust-stock";
import { createProduct } from "@/lib/catalog-admin/create-product";
import { removeProductImage } from "@/lib/catalog-admin/remove-product-image";
import { updateProduct } from "@/lib/catalog-admin/update-product";
import { updateProductImage } from "@/lib/catalog-admin/update-product-image";
import { updateVariant } from "@/lib/catalog-admin/update-variant";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import {
  imageAltForm,
  imageRemoveForm,
  productCreateForm,
  productUpdateForm,
  stockAdjustmentForm,
  variantCreateForm,
  variantUpdateForm,
} from "./_lib/form-schemas";

// The product pages' forms. action() checks the role before anything else; each action then validates
// with the same schema as the matching /api/admin route and calls the same domain function.

const productPath = (id: string) => `/admin/products/${id}`;
const notices = async () => translator(await currentLanguage());

export const createProductAction = action({ schema: productCreateForm, auth: "staff" }, async (input, { actor }) => {
  const product = await createProduct(db, actor, input);
  revalidatePath("/admin/products");
  redirect(await localeHref(`${productPath(product.id)}?created=1`));
});

export const updateProductAction = action(
  { schema: productUpdateForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const id = formId(formData);
    await updateProduct(db, actor, id, input);
    revalidatePath(productPath(id));
    return { status: "success", message: (await notices())("admin.productNotices.saved") };
  },
);

export const addVariantAction = action(
  { schema: variantCreateForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const productId = formId(formData, "productId");
    const variant = await addVariant(db, actor, productId, input);
    revalidatePath(productPath(productId));
    return { status: "success", message: (await notices())("admin.productNotices.variantAdded", { sku: variant.sku }) };
  },
);

export const updateVariantAction = action(
  { schema: variantUpdateForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const variant = await updateVariant(db, actor, formId(formData), input);
    revalidatePath(productPath(variant.productId));
    return { status: "success", message: (await notices())("admin.productNotices.variantSaved", { sku: variant.sku }) };
  },
);

export const adjustStockAction = action(
  { schema: stockAdjustmentForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const { variant } = await adjustStock(db, actor, formId(formData), input);
    revalidatePath(productPath(variant.productId));
    const numbers = new Intl.NumberFormat(await adminLocale());
    return {
      status: "success",
      message: (await notices())("admin.productNotices.stockAdjusted", {
        sku: variant.sku,
        onHand: numbers.format(variant.stockOnHand),
        available: numbers.format(variant.available),
      }),
    };
  },
);

export const updateImageAltAction = action(
  { schema: imageAltForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const productId = formId(formData, "productId");
    await updateProductImage(db, actor, productId, formId(formData, "imageId"), input);
    revalidatePath(productPath(productId));
    return { status: "success", message: (await notices())("admin.productNotices.altSaved"), values: input };
  },
);

export const removeImageAction = action(
  { schema: imageRemoveForm, auth: "staff" },
  async (_input, { actor, formData }) => {
    const productId = formId(formData, "productId");
    await removeProductImage(db, actor, productId, formId(formData, "imageId"));
    revalidatePath(productPath(productId));
    return { status: "success", message: (await notices())("admin.productNotices.imageRemoved") };
  },
);
