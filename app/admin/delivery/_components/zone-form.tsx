"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { saveZoneAction } from "../actions";

/** A zone: its name, its countries as ISO 3166-1 codes, and its place in the list. Creates one when id is "". */
export function ZoneForm({ initial }: { initial: { id: string; name: string; countries: string; position: string } }) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(saveZoneAction, idleForm);
  const value = (name: keyof typeof initial) => state.values?.[name] ?? initial[name];
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <FormField
        id="zone-name"
        name="name"
        label={t("delivery.form.name")}
        hint={t("delivery.form.zoneNameHint")}
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={value("name")}
        error={state.fields?.name}
      />
      <TextAreaField
        id="zone-countries"
        name="countries"
        label={t("delivery.form.countries")}
        hint={t("delivery.form.countriesHint")}
        required
        rows={3}
        defaultValue={value("countries")}
        error={state.fields?.countries}
      />
      <FormField
        id="zone-position"
        name="position"
        label={t("delivery.form.position")}
        hint={t("delivery.form.positionHint")}
        inputMode="numeric"
        maxLength={5}
        defaultValue={value("position")}
        error={state.fields?.position}
      />
      <div>
        <SubmitButton pendingLabel={t("common.saving")}>
          {initial.id ? t("delivery.form.saveZone") : t("delivery.form.addZone")}
        </SubmitButton>
      </div>
    </form>
  );
}
