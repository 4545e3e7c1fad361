"use client";

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

const PAYMENT_LABELS = {
  pay_card: "Card",
  pay_bank_transfer: "Bank transfer",
  pay_cash_on_delivery: "Cash on delivery",
} as const;

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
  const [state, formAction] = useActionState<FormState, FormData>(saveDeliveryMethodAction, idleForm);
  const submitted = state.status === "error" ? state.values : undefined;
  const text = (name: Exclude<keyof MethodFormValues, `pay_${string}` | "active">) =>
    submitted?.[name] ?? initial[name];
  const checked = (name: keyof typeof PAYMENT_LABELS | "active") => (submitted ? name in submitted : initial[name]);
  const error = (name: string) => state.fields?.[name];
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <SelectField id="method-zone" name="zoneId" label="Zone" defaultValue={text("zoneId")} error={error("zoneId")}>
        {zones.map((z) => (
          <option key={z.id} value={z.id}>
            {z.name}
          </option>
        ))}
      </SelectField>
      <FormField
        id="method-name"
        name="name"
        label="Name"
        hint="What shoppers choose, e.g. Standard delivery."
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={text("name")}
        error={error("name")}
      />
      <FormField
        id="method-description"
        name="description"
        label="Description or estimate (optional)"
        hint="Shown under the name, e.g. 2–3 working days."
        maxLength={200}
        autoComplete="off"
        defaultValue={text("description")}
        error={error("description")}
      />
      <SelectField id="method-kind" name="kind" label="Kind" defaultValue={text("kind")} error={error("kind")}>
        <option value="HOME_DELIVERY">Home delivery (to the shopper&apos;s address)</option>
        <option value="CLICK_AND_COLLECT">Click &amp; collect (at a pickup location, no address)</option>
      </SelectField>
      <div className="form-row">
        <FormField
          id="method-price"
          name="price"
          label={`Price in ${currency}`}
          hint="VAT included, e.g. 4.95 or 0."
          required
          inputMode="decimal"
          maxLength={20}
          defaultValue={text("price")}
          error={error("price")}
        />
        <FormField
          id="method-free-from"
          name="freeFrom"
          label={`Free from (optional, ${currency})`}
          hint="Goods worth this much or more ship free."
          inputMode="decimal"
          maxLength={20}
          defaultValue={text("freeFrom")}
          error={error("freeFrom")}
        />
      </div>
      <TextAreaField
        id="method-bands"
        name="weightBands"
        label="Weight bands (optional)"
        hint={`One per line: up to grams = price in ${currency}, e.g. 2000 = 4.95. With bands the price above is not used and heavier carts cannot choose this method.`}
        rows={4}
        defaultValue={text("weightBands")}
        error={error("weightBands")}
      />
      <fieldset className="form-field" aria-describedby={error("paymentMethods") ? "method-payments-error" : undefined}>
        <legend>Payment methods allowed with it</legend>
        {(Object.keys(PAYMENT_LABELS) as (keyof typeof PAYMENT_LABELS)[]).map((name) => (
          <CheckboxField
            key={name}
            id={`method-${name}`}
            name={name}
            label={PAYMENT_LABELS[name]}
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
        label="Active (offered at checkout)"
        defaultChecked={checked("active")}
      />
      <FormField
        id="method-position"
        name="position"
        label="Position"
        hint="Lower numbers are listed first."
        inputMode="numeric"
        maxLength={5}
        defaultValue={text("position")}
        error={error("position")}
      />
      <div>
        <SubmitButton>{initial.id ? "Save delivery method" : "Add delivery method"}</SubmitButton>
      </div>
    </form>
  );
}
