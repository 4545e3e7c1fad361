"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { createDiscountAction } from "../actions";

/** A new discount code. Amounts are typed as money ("4.99") and stored exactly in minor units by the server. */
export function DiscountForm({ currency, timeZone }: { currency: string; timeZone: string }) {
  const t = useTranslations("adminSettings.discounts.form");
  const [state, formAction] = useActionState<FormState, FormData>(createDiscountAction, idleForm);
  const value = (name: string) => state.values?.[name] ?? "";
  const error = (name: string) => state.fields?.[name];
  const kind = value("kind") || "PERCENT";
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <FormField
        id="discount-code"
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        required
        maxLength={40}
        autoComplete="off"
        defaultValue={value("code")}
        error={error("code")}
      />
      <fieldset
        className="form-field radio-fieldset"
        aria-describedby={error("kind") ? "discount-kind-error" : undefined}
      >
        <legend>{t("kind")}</legend>
        <label className="radio-option">
          <input type="radio" name="kind" value="PERCENT" defaultChecked={kind === "PERCENT"} /> {t("percent")}
        </label>
        <label className="radio-option">
          <input type="radio" name="kind" value="FIXED" defaultChecked={kind === "FIXED"} /> {t("fixed", { currency })}
        </label>
        {error("kind") ? (
          <p id="discount-kind-error" className="form-error">
            {error("kind")}
          </p>
        ) : null}
      </fieldset>
      <FormField
        id="discount-value"
        name="value"
        label={t("value")}
        hint={t("valueHint", { currency })}
        required
        inputMode="decimal"
        maxLength={20}
        defaultValue={value("value")}
        error={error("value")}
      />
      <FormField
        id="discount-min-order"
        name="minOrder"
        label={t("minOrder", { currency })}
        hint={t("minOrderHint")}
        inputMode="decimal"
        maxLength={20}
        defaultValue={value("minOrder")}
        error={error("minOrder")}
      />
      <div className="form-row">
        <FormField
          id="discount-starts"
          name="startsAt"
          label={t("starts")}
          hint={t("startsHint", { timeZone })}
          type="datetime-local"
          defaultValue={value("startsAt")}
          error={error("startsAt")}
        />
        <FormField
          id="discount-ends"
          name="endsAt"
          label={t("ends")}
          hint={t("endsHint", { timeZone })}
          type="datetime-local"
          defaultValue={value("endsAt")}
          error={error("endsAt")}
        />
      </div>
      <div className="form-row">
        <FormField
          id="discount-usage-limit"
          name="usageLimit"
          label={t("usageLimit")}
          hint={t("usageLimitHint")}
          inputMode="numeric"
          maxLength={9}
          defaultValue={value("usageLimit")}
          error={error("usageLimit")}
        />
        <FormField
          id="discount-per-customer"
          name="perCustomerLimit"
          label={t("perCustomer")}
          hint={t("perCustomerHint")}
          inputMode="numeric"
          maxLength={6}
          defaultValue={value("perCustomerLimit")}
          error={error("perCustomerLimit")}
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
      </div>
    </form>
  );
}
