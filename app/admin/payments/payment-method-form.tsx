"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { CheckboxField, TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { savePaymentMethodAction } from "./actions";

export interface PaymentMethodFormValues {
  method: "card" | "bank_transfer" | "cash_on_delivery";
  enabled: boolean;
  instructions: string;
  surcharge: string;
  reservationDays: string;
}

/** One payment method: on or off, its instructions, and its surcharge (cash) or reservation days (transfer). */
export function PaymentMethodForm({ initial, currency }: { initial: PaymentMethodFormValues; currency: string }) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(savePaymentMethodAction, idleForm);
  const submitted = state.status === "error" ? state.values : undefined;
  const text = (name: "instructions" | "surcharge" | "reservationDays") => submitted?.[name] ?? initial[name];
  const error = (name: string) => state.fields?.[name];
  const prefix = `pay-${initial.method}`;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="method" value={initial.method} />
      <CheckboxField
        id={`${prefix}-enabled`}
        name="enabled"
        label={t(`payments.method.offer.${initial.method}`)}
        defaultChecked={submitted ? "enabled" in submitted : initial.enabled}
      />
      <TextAreaField
        id={`${prefix}-instructions`}
        name="instructions"
        label={t("payments.method.instructions")}
        hint={t("payments.method.instructionsHint")}
        rows={2}
        maxLength={1000}
        defaultValue={text("instructions")}
        error={error("instructions")}
      />
      {initial.method === "cash_on_delivery" ? (
        <FormField
          id={`${prefix}-surcharge`}
          name="surcharge"
          label={t("payments.method.surcharge", { currency })}
          hint={t("payments.method.surchargeHint")}
          inputMode="decimal"
          maxLength={20}
          defaultValue={text("surcharge")}
          error={error("surcharge")}
        />
      ) : null}
      {initial.method === "bank_transfer" ? (
        <FormField
          id={`${prefix}-days`}
          name="reservationDays"
          label={t("payments.method.days")}
          hint={t("payments.method.daysHint")}
          inputMode="numeric"
          maxLength={2}
          defaultValue={text("reservationDays")}
          error={error("reservationDays")}
        />
      ) : null}
      <div>
        <SubmitButton pendingLabel={t("common.saving")}>{t(`payments.method.save.${initial.method}`)}</SubmitButton>
      </div>
    </form>
  );
}
