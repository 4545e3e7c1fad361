"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { CheckboxField, TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { savePickupLocationAction } from "../actions";

export interface PickupFormValues {
  id: string;
  name: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  openingHours: string;
  active: boolean;
  position: string;
}

/** A click & collect pickup location: where shoppers collect, and when it is open. */
export function PickupForm({ initial }: { initial: PickupFormValues }) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(savePickupLocationAction, idleForm);
  const submitted = state.status === "error" ? state.values : undefined;
  const text = (name: Exclude<keyof PickupFormValues, "active">) => submitted?.[name] ?? initial[name];
  const error = (name: string) => state.fields?.[name];
  const field = (
    name: Exclude<keyof PickupFormValues, "active" | "id" | "openingHours">,
    label: string,
    max: number,
  ) => (
    <FormField
      id={`pickup-${name}`}
      name={name}
      label={label}
      maxLength={max}
      autoComplete="off"
      defaultValue={text(name)}
      error={error(name)}
    />
  );
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      {field("name", t("delivery.form.name"), 100)}
      {field("line1", t("delivery.form.address"), 100)}
      {field("line2", t("delivery.form.address2"), 100)}
      <div className="form-row">
        {field("postalCode", t("delivery.form.postalCode"), 20)}
        {field("city", t("delivery.form.city"), 60)}
      </div>
      {field("country", t("delivery.form.country"), 2)}
      <TextAreaField
        id="pickup-hours"
        name="openingHours"
        label={t("delivery.form.openingHours")}
        hint={t("delivery.form.openingHoursHint")}
        rows={2}
        maxLength={300}
        defaultValue={text("openingHours")}
        error={error("openingHours")}
      />
      <CheckboxField
        id="pickup-active"
        name="active"
        label={t("delivery.form.pickupActive")}
        defaultChecked={submitted ? "active" in submitted : initial.active}
      />
      {field("position", t("delivery.form.pickupPosition"), 5)}
      <div>
        <SubmitButton pendingLabel={t("common.saving")}>
          {initial.id ? t("delivery.form.savePickup") : t("delivery.form.addPickup")}
        </SubmitButton>
      </div>
    </form>
  );
}
