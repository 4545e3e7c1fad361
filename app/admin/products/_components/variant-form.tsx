"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { CheckboxField, errorFor } from "./fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields naming what is edited: { id } of a variant, or { productId } for a new one. */
  hidden: Record<string, string>;
  optionNames: string[];
  currency: string;
  variant: {
    sku: string;
    price: string;
    position: number;
    active: boolean;
    weightGrams: number;
    optionValues: Record<string, string>;
  };
  mode: "create" | "edit";
  /** Distinguishes the ids of several forms on one page. */
  idPrefix: string;
}

/** A variant's SKU, option values, price, weight, position and active flag; a new one also gets its initial stock. */
export function VariantForm({ action, hidden, optionNames, currency, variant, mode, idPrefix }: Props) {
  const t = useTranslations("admin");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const error = (name: string) => errorFor(state.fields, name);
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className="form-row">
        <FormField
          id={id("sku")}
          name="sku"
          label={t("variantForm.sku")}
          required
          maxLength={64}
          defaultValue={value("sku", variant.sku)}
          error={error("sku")}
        />
        <FormField
          id={id("price")}
          name="price"
          label={t("variantForm.price", { currency })}
          required
          inputMode="decimal"
          maxLength={12}
          defaultValue={value("price", variant.price)}
          error={error("price")}
        />
        {mode === "create" ? (
          <FormField
            id={id("stock")}
            name="stockOnHand"
            label={t("variantForm.stockOnHand")}
            inputMode="numeric"
            maxLength={9}
            defaultValue={value("stockOnHand", "0")}
            error={error("stockOnHand")}
          />
        ) : null}
        <FormField
          id={id("weight")}
          name="weightGrams"
          label={t("variantForm.weight")}
          hint={t("variantForm.weightHint")}
          inputMode="numeric"
          maxLength={7}
          defaultValue={value("weightGrams", String(variant.weightGrams))}
          error={error("weightGrams")}
        />
        <FormField
          id={id("position")}
          name="position"
          label={t("variantForm.position")}
          inputMode="numeric"
          maxLength={5}
          defaultValue={value("position", String(variant.position))}
          error={error("position")}
        />
      </div>
      {optionNames.length > 0 ? (
        <div className="form-row">
          {optionNames.map((name, index) => (
            <FormField
              key={name}
              id={id(`option-${index}`)}
              name={`optionValues.${name}`}
              label={name}
              required
              maxLength={60}
              defaultValue={value(`optionValues.${name}`, variant.optionValues[name] ?? "")}
              error={error(`optionValues.${name}`) ?? (index === 0 ? error("optionValues") : undefined)}
            />
          ))}
        </div>
      ) : null}
      <CheckboxField
        id={id("active")}
        name="active"
        label={t("variantForm.active")}
        defaultChecked={state.values ? state.values.active === "on" : variant.active}
        error={error("active")}
      />
      <div>
        <button className={mode === "create" ? "button" : "button button-secondary"} type="submit" disabled={pending}>
          {pending
            ? t("common.saving")
            : mode === "create"
              ? t("variantForm.add")
              : t("variantForm.save", { sku: variant.sku })}
        </button>
      </div>
    </form>
  );
}
