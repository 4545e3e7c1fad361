"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { CheckboxField, TextAreaField } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { savePaymentMethodAction } from "./actions";

export interface PaymentMethodFormValues {
  method: "card" | "bank_transfer" | "cash_on_delivery";
  label: string;
  enabled: boolean;
  instructions: string;
  surcharge: string;
  reservationDays: string;
}

/** One payment method: on or off, its instructions, and its surcharge (cash) or reservation days (transfer). */
export function PaymentMethodForm({ initial, currency }: { initial: PaymentMethodFormValues; currency: string }) {
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
        label={`Offer ${initial.label.toLowerCase()}`}
        defaultChecked={submitted ? "enabled" in submitted : initial.enabled}
      />
      <TextAreaField
        id={`${prefix}-instructions`}
        name="instructions"
        label="Instructions for shoppers (optional)"
        hint="Shown with the method at checkout."
        rows={2}
        maxLength={1000}
        defaultValue={text("instructions")}
        error={error("instructions")}
      />
      {initial.method === "cash_on_delivery" ? (
        <FormField
          id={`${prefix}-surcharge`}
          name="surcharge"
          label={`Surcharge in ${currency}`}
          hint="Added to the order, VAT as shipping; 0 for none."
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
          label="Days to pay"
          hint="The stock stays reserved this long (1–60 days); unpaid orders then expire."
          inputMode="numeric"
          maxLength={2}
          defaultValue={text("reservationDays")}
          error={error("reservationDays")}
        />
      ) : null}
      <div>
        <SubmitButton>{`Save ${initial.label.toLowerCase()}`}</SubmitButton>
      </div>
    </form>
  );
}
