"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { createDiscountAction } from "../actions";

/** A new discount code. Amounts are typed as money ("4.99") and stored exactly in minor units by the server. */
export function DiscountForm({ currency, timeZone }: { currency: string; timeZone: string }) {
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
        label="Code"
        hint="3–40 letters, digits, - or _. Stored in capitals; shoppers may type it in any case."
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
        <legend>Type of discount</legend>
        <label className="radio-option">
          <input type="radio" name="kind" value="PERCENT" defaultChecked={kind === "PERCENT"} /> Percentage of the order
        </label>
        <label className="radio-option">
          <input type="radio" name="kind" value="FIXED" defaultChecked={kind === "FIXED"} /> Fixed amount in {currency}
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
        label="Discount"
        hint={`For a percentage: 10 or 12.5 (at most 100). For a fixed amount: ${currency}, like 5 or 4.99.`}
        required
        inputMode="decimal"
        maxLength={20}
        defaultValue={value("value")}
        error={error("value")}
      />
      <FormField
        id="discount-min-order"
        name="minOrder"
        label={`Minimum order in ${currency} (optional)`}
        hint="The goods' total before the discount, like 50 or 49.90."
        inputMode="decimal"
        maxLength={20}
        defaultValue={value("minOrder")}
        error={error("minOrder")}
      />
      <div className="form-row">
        <FormField
          id="discount-starts"
          name="startsAt"
          label="Starts (optional)"
          hint={`Shop time (${timeZone}). Empty: at once.`}
          type="datetime-local"
          defaultValue={value("startsAt")}
          error={error("startsAt")}
        />
        <FormField
          id="discount-ends"
          name="endsAt"
          label="Ends (optional)"
          hint={`Shop time (${timeZone}). Empty: never.`}
          type="datetime-local"
          defaultValue={value("endsAt")}
          error={error("endsAt")}
        />
      </div>
      <div className="form-row">
        <FormField
          id="discount-usage-limit"
          name="usageLimit"
          label="Usage limit (optional)"
          hint="Orders in all."
          inputMode="numeric"
          maxLength={9}
          defaultValue={value("usageLimit")}
          error={error("usageLimit")}
        />
        <FormField
          id="discount-per-customer"
          name="perCustomerLimit"
          label="Per-customer limit (optional)"
          hint="Orders per e-mail address."
          inputMode="numeric"
          maxLength={6}
          defaultValue={value("perCustomerLimit")}
          error={error("perCustomerLimit")}
        />
      </div>
      <div>
        <SubmitButton pendingLabel="Creating…">Create discount code</SubmitButton>
      </div>
    </form>
  );
}
