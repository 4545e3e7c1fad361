"use client";

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

const statusLabels = { DRAFT: "Draft (hidden)", ACTIVE: "Active (in the shop)", ARCHIVED: "Archived" } as const;

const splitNames = (text: string) =>
  text
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean)
    .slice(0, 3);

/** The product's own fields; on the new-product page, also its first variant. Works without JavaScript. */
export function ProductForm({ action, product, categories, currency, mode }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const error = (name: string) => errorFor(state.fields, name);
  // The slug follows the name until someone edits it (new products only).
  const [slugTouched, setSlugTouched] = useState(mode === "edit");
  const [slug, setSlug] = useState(value("slug", product.slug));
  const [optionText, setOptionText] = useState(value("optionNames", product.optionNames.join(", ")));
  const optionNames = splitNames(optionText);
  // Selects are controlled: a form reset after the action would otherwise put back their first default.
  const [categoryId, setCategoryId] = useState(value("categoryId", product.categoryId));
  const [status, setStatus] = useState(value("status", product.status));

  return (
    <form action={formAction} className="admin-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      {product.id ? <input type="hidden" name="id" value={product.id} /> : null}
      <FormField
        id="product-name"
        name="name"
        label="Name"
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
        label="Slug (web address)"
        hint="Lower-case letters, digits and hyphens, unique. Left empty, it is made from the name."
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
        label="Description"
        rows={5}
        maxLength={5000}
        defaultValue={value("description", product.description)}
        error={error("description")}
      />
      <div className="form-row">
        <SelectField
          id="product-category"
          name="categoryId"
          label="Category"
          required
          value={categoryId}
          onChange={(event) => setCategoryId(event.currentTarget.value)}
          error={error("categoryId")}
        >
          {product.categoryId ? null : <option value="">Choose a category</option>}
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
              {category.archived ? " (archived)" : ""}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="product-status"
          name="status"
          label="Status"
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          error={error("status")}
        >
          {(["DRAFT", "ACTIVE", "ARCHIVED"] as const).map((option) => (
            <option key={option} value={option}>
              {statusLabels[option]}
            </option>
          ))}
        </SelectField>
        <FormField
          id="product-vat"
          name="vatRate"
          label="VAT rate (%)"
          inputMode="decimal"
          maxLength={6}
          defaultValue={value("vatRate", product.vatRate)}
          error={error("vatRate")}
        />
      </div>
      <CheckboxField
        id="product-featured"
        name="featured"
        label="Featured on the home page"
        defaultChecked={state.values ? state.values.featured === "on" : product.featured}
        error={error("featured")}
      />
      <FormField
        id="product-options"
        name="optionNames"
        label="Options"
        hint="What variants differ by, separated by commas, e.g. Size, Colour (at most 3). Once there are variants, options can be renamed but not added or removed."
        maxLength={130}
        value={optionText}
        onChange={(event) => setOptionText(event.currentTarget.value)}
        error={error("optionNames")}
      />
      {mode === "create" ? (
        <fieldset className="form-fieldset">
          <legend>First variant</legend>
          <p className="form-hint">Prices include VAT. More variants can be added once the product is created.</p>
          <div className="form-row">
            <FormField
              id="variant-sku"
              name="variants.0.sku"
              label="SKU"
              required
              maxLength={64}
              autoCapitalize="characters"
              defaultValue={value("variants.0.sku", "")}
              error={error("variants.0.sku") ?? error("variants")}
            />
            <FormField
              id="variant-price"
              name="variants.0.price"
              label={`Price (${currency})`}
              required
              inputMode="decimal"
              maxLength={12}
              placeholder="19.99"
              defaultValue={value("variants.0.price", "")}
              error={error("variants.0.price")}
            />
            <FormField
              id="variant-stock"
              name="variants.0.stockOnHand"
              label="Stock on hand"
              inputMode="numeric"
              maxLength={9}
              defaultValue={value("variants.0.stockOnHand", "0")}
              error={error("variants.0.stockOnHand")}
            />
            <FormField
              id="variant-weight"
              name="variants.0.weightGrams"
              label="Weight (grams)"
              hint="Whole grams, for delivery prices by weight."
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
          {pending ? "Saving…" : mode === "create" ? "Create product" : "Save product"}
        </button>
      </div>
    </form>
  );
}
