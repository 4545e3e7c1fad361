"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { CheckboxField, SelectField, TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { saveDeliveryMethodAction } from "../actions";

export interface MethodFormValues {
  id: string;
  zoneId: string;
  name: string;
  description: string;
  kind: string;
  price: string;
  freeFrom: string;
  weightBands: string;
  pay_card: boolean;
  pay_bank_transfer: boolean;
  pay_cash_on_delivery: boolean;
  active: boolean;
  position: string;
}

const PAYMENT_FIELDS = ["pay_card", "pay_bank_transfer", "pay_cash_on_delivery"] as const;

/**
 * A delivery method of a zone. Amounts are typed as money in the shop's currency and stored exactly in minor units
 * by the server; weight bands are one "up to grams = price" per line.
 */
export function MethodForm({
  initial,
  zones,
  currency,
}: {
  initial: MethodFormValues;
  zones: { id: string; name: string }[];
  currency: string;
}) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(saveDeliveryMethodAction, idleForm);
  const submitted = state.status === "error" ? state.values : undefined;
  const text = (name: Exclude<keyof MethodFormValues, `pay_${string}` | "active">) =>
    submitted?.[name] ?? initial[name];
  const checked = (name: (typeof PAYMENT_FIELDS)[number] | "active") => (submitted ? name in submitted : initial[name]);
  const error = (name: string) => state.fields?.[name];
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <SelectField
        id="method-zone"
        name="zoneId"
        label={t("delivery.form.zone")}
        defaultValue={text("zoneId")}
        error={error("zoneId")}
      >
        {zones.map((z) => (
          <option key={z.id} value={z.id}>
            {z.name}
          </option>
        ))}
      </SelectField>
      <FormField
        id="method-name"
        name="name"
        label={t("delivery.form.name")}
        hint={t("delivery.form.methodNameHint")}
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={text("name")}
        error={error("name")}
      />
      <FormField
        id="method-description"
        name="description"
        label={t("delivery.form.description")}
        hint={t("delivery.form.descriptionHint")}
        maxLength={200}
        autoComplete="off"
        defaultValue={text("description")}
        error={error("description")}
      />
      <SelectField
        id="method-kind"
        name="kind"
        label={t("delivery.form.kind")}
        defaultValue={text("kind")}
        error={error("kind")}
      >
        <option value="HOME_DELIVERY">{t("delivery.form.kindHome")}</option>
        <option value="CLICK_AND_COLLECT">{t("delivery.form.kindCollect")}</option>
      </SelectField>
      <div className="form-row">
        <FormField
          id="method-price"
          name="price"
          label={t("delivery.form.price", { currency })}
          hint={t("delivery.form.priceHint")}
          required
          inputMode="decimal"
          maxLength={20}
          defaultValue={text("price")}
          error={error("price")}
        />
        <FormField
          id="method-free-from"
          name="freeFrom"
          label={t("delivery.form.freeFrom", { currency })}
          hint={t("delivery.form.freeFromHint")}
          inputMode="decimal"
          maxLength={20}
          defaultValue={text("freeFrom")}
          error={error("freeFrom")}
        />
      </div>
      <TextAreaField
        id="method-bands"
        name="weightBands"
        label={t("delivery.form.weightBands")}
        hint={t("delivery.form.weightBandsHint", { currency })}
        rows={4}
        defaultValue={text("weightBands")}
        error={error("weightBands")}
      />
      <fieldset className="form-field" aria-describedby={error("paymentMethods") ? "method-payments-error" : undefined}>
        <legend>{t("delivery.form.paymentMethods")}</legend>
        {PAYMENT_FIELDS.map((name) => (
          <CheckboxField
            key={name}
            id={`method-${name}`}
            name={name}
            label={t(
              `common.paymentMethod.${name.slice("pay_".length) as "card" | "bank_transfer" | "cash_on_delivery"}`,
            )}
            defaultChecked={checked(name)}
          />
        ))}
        {error("paymentMethods") ? (
          <p id="method-payments-error" className="form-error">
            {error("paymentMethods")}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField
        id="method-active"
        name="active"
        label={t("delivery.form.methodActive")}
        defaultChecked={checked("active")}
      />
      <FormField
        id="method-position"
        name="position"
        label={t("delivery.form.position")}
        hint={t("delivery.form.positionHint")}
        inputMode="numeric"
        maxLength={5}
        defaultValue={text("position")}
        error={error("position")}
      />
      <div>
        <SubmitButton pendingLabel={t("common.saving")}>
          {initial.id ? t("delivery.form.saveMethod") : t("delivery.form.addMethod")}
        </SubmitButton>
      </div>
    </form>
  );
}
