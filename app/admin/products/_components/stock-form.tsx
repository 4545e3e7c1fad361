"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { errorFor } from "./fields";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  variantId: string;
  sku: string;
  idPrefix: string;
}

/** Adds or removes units on hand, with the reason kept in the stock history. */
export function StockForm({ action, variantId, sku, idPrefix }: Props) {
  const t = useTranslations("admin.stockForm");
  const [state, formAction, pending] = useActionState(action, idleForm);
  // Cleared after a change went through; kept after a refusal, so it can be corrected.
  const kept = state.status === "error" ? state.values : undefined;
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={variantId} />
      <div className="stack-form">
        <FormField
          id={`${idPrefix}-delta`}
          name="delta"
          label={t("delta")}
          hint={t("deltaHint")}
          className="input input-short"
          required
          inputMode="numeric"
          maxLength={9}
          defaultValue={kept?.delta ?? ""}
          error={errorFor(state.fields, "delta")}
        />
        <FormField
          id={`${idPrefix}-reason`}
          name="reason"
          label={t("reason")}
          required
          maxLength={200}
          defaultValue={kept?.reason ?? ""}
          error={errorFor(state.fields, "reason")}
        />
      </div>
      <div>
        <button className="button button-secondary" type="submit" disabled={pending}>
          {pending ? t("adjusting") : t("adjust", { sku })}
        </button>
      </div>
    </form>
  );
}
