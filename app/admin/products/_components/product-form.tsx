"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { slugify } from "@/lib/catalog-admin/slugify";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { CheckboxField, SelectField, TextAreaField, errorFor } from "./fields";

export interface ProductFormValues {
  id?: string;
  name: string;
  slug: string;
  description: string;
  categoryId: string;
  status: "DRAFT" | "ACTIVE" | "ARCHIVED";
  featured: boolean;
  vatRate: string;
  optionNames: string[];
}

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  product: ProductFormValues;
  categories: { id: string; name: string; archived: boolean }[];
  currency: string;
  /** A new product also gets its first variant. */
  mode: "create" | "edit";
}

const splitNames = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .slice(0, 3);

/** The product's own fields; on the new-product page, also its first variant. Works without JavaScript. */
export function ProductForm({ action, product, categories, currency, mode }: Props) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const error = (name: string) => errorFor(state.fields, name);
  // The slug follows the name until someone edits it (new products only).
  const [slugTouched, setSlugTouched] = useState(mode === "edit");
  const [slug, setSlug] = useState(value("slug", product.slug));
  const [optionText, setOptionText] = useState(value("optionNames", product.optionNames.join(", ")));
  const optionNames = splitNames(optionText);
  // What each select shows: the submitted value after a refusal, else the saved one (SelectField remounts the
  // select when it changes, so the form reset after an action keeps it).
  const categoryId = value("categoryId", product.categoryId);
  const status = value("status", product.status);

  return (
    <form action={formAction} className="admin-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      {product.id ? <input type="hidden" name="id" value={product.id} /> : null}
      <FormField
        id="product-name"
        name="name"
        label={t("productForm.name")}
        required
        maxLength={200}
        defaultValue={value("name", product.name)}
        error={error("name")}
        onChange={(event) => {
          if (!slugTouched) setSlug(slugify(event.currentTarget.value));
        }}
      />
      <FormField
        id="product-slug"
        name="slug"
        label={t("productForm.slug")}
        hint={t("productForm.slugHint")}
        maxLength={120}
        value={slug}
        error={error("slug")}
        onChange={(event) => {
          setSlugTouched(true);
          setSlug(event.currentTarget.value);
        }}
      />
      <TextAreaField
        id="product-description"
        name="description"
        label={t("productForm.description")}
        rows={5}
        maxLength={5000}
        defaultValue={value("description", product.description)}
        error={error("description")}
      />
      <div className="form-row">
        <SelectField
          id="product-category"
          name="categoryId"
          label={t("productForm.category")}
          required
          defaultValue={categoryId}
          error={error("categoryId")}
        >
          {product.categoryId ? null : <option value="">{t("productForm.chooseCategory")}</option>}
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
              {category.archived ? ` ${t("products.archivedSuffix")}` : ""}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="product-status"
          name="status"
          label={t("productForm.status")}
          defaultValue={status}
          error={error("status")}
        >
          {(["DRAFT", "ACTIVE", "ARCHIVED"] as const).map((option) => (
            <option key={option} value={option}>
              {t(`productForm.statusOption.${option}`)}
            </option>
          ))}
        </SelectField>
        <FormField
          id="product-vat"
          name="vatRate"
          label={t("productForm.vatRate")}
          inputMode="decimal"
          maxLength={6}
          defaultValue={value("vatRate", product.vatRate)}
          error={error("vatRate")}
        />
      </div>
      <CheckboxField
        id="product-featured"
        name="featured"
        label={t("productForm.featured")}
        defaultChecked={state.values ? state.values.featured === "on" : product.featured}
        error={error("featured")}
      />
      <FormField
        id="product-options"
        name="optionNames"
        label={t("productForm.options")}
        hint={t("productForm.optionsHint")}
        maxLength={130}
        value={optionText}
        onChange={(event) => setOptionText(event.currentTarget.value)}
        error={error("optionNames")}
      />
      {mode === "create" ? (
        <fieldset className="form-fieldset">
          <legend>{t("productForm.firstVariant")}</legend>
          <p className="form-hint">{t("productForm.firstVariantHint")}</p>
          <div className="form-row">
            <FormField
              id="variant-sku"
              name="variants.0.sku"
              label={t("variantForm.sku")}
              required
              maxLength={64}
              autoCapitalize="characters"
              defaultValue={value("variants.0.sku", "")}
              error={error("variants.0.sku") ?? error("variants")}
            />
            <FormField
              id="variant-price"
              name="variants.0.price"
              label={t("variantForm.price", { currency })}
              required
              inputMode="decimal"
              maxLength={12}
              placeholder={t("variantForm.pricePlaceholder")}
              defaultValue={value("variants.0.price", "")}
              error={error("variants.0.price")}
            />
            <FormField
              id="variant-stock"
              name="variants.0.stockOnHand"
              label={t("variantForm.stockOnHand")}
              inputMode="numeric"
              maxLength={9}
              defaultValue={value("variants.0.stockOnHand", "0")}
              error={error("variants.0.stockOnHand")}
            />
            <FormField
              id="variant-weight"
              name="variants.0.weightGrams"
              label={t("variantForm.weight")}
              hint={t("variantForm.weightHint")}
              inputMode="numeric"
              maxLength={7}
              defaultValue={value("variants.0.weightGrams", "0")}
              error={error("variants.0.weightGrams")}
            />
          </div>
          {optionNames.length > 0 ? (
            <div className="form-row">
              {optionNames.map((name, index) => (
                <FormField
                  key={`${index}-${name}`}
                  id={`variant-option-${index}`}
                  name={`variants.0.optionValues.${name}`}
                  label={name}
                  required
                  maxLength={60}
                  defaultValue={value(`variants.0.optionValues.${name}`, "")}
                  error={error(`variants.0.optionValues.${name}`)}
                />
              ))}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("common.saving") : mode === "create" ? t("productForm.create") : t("productForm.save")}
        </button>
      </div>
    </form>
  );
}
