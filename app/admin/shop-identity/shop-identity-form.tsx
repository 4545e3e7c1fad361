"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { saveShopIdentityAction } from "./actions";

export interface ShopIdentityFormValues {
  legalName: string;
  address: string;
  companyId: string;
  vatId: string;
  email: string;
}

/** The shop's legal identity; the server checks every field (the VAT ID per EU country prefix). */
export function ShopIdentityForm({ initial }: { initial: ShopIdentityFormValues }) {
  const t = useTranslations("admin.shopIdentity");
  const [state, formAction] = useActionState<FormState, FormData>(saveShopIdentityAction, idleForm);
  const value = (name: keyof ShopIdentityFormValues) => state.values?.[name] ?? initial[name];
  const error = (name: string) => state.fields?.[name];
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <FormField
        name="legalName"
        label={t("legalName")}
        hint={t("legalNameHint")}
        required
        maxLength={120}
        autoComplete="organization"
        defaultValue={value("legalName")}
        error={error("legalName")}
      />
      <TextAreaField
        id="field-address"
        name="address"
        label={t("address")}
        hint={t("addressHint")}
        required
        rows={4}
        maxLength={300}
        autoComplete="street-address"
        defaultValue={value("address")}
        error={error("address")}
      />
      <div className="form-row">
        <FormField
          name="companyId"
          label={t("companyId")}
          maxLength={30}
          autoComplete="off"
          defaultValue={value("companyId")}
          error={error("companyId")}
        />
        <FormField
          name="vatId"
          label={t("vatId")}
          hint={t("vatIdHint")}
          maxLength={30}
          autoComplete="off"
          defaultValue={value("vatId")}
          error={error("vatId")}
        />
      </div>
      <FormField
        name="email"
        label={t("email")}
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        defaultValue={value("email")}
        error={error("email")}
      />
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
