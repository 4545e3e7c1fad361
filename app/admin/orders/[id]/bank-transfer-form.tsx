"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { recordBankTransferAction } from "./bank-transfer-actions";

export function RecordBankTransferForm({
  orderId,
  currency,
  dueLabel,
}: {
  orderId: string;
  currency: string;
  dueLabel: string;
}) {
  const t = useTranslations("admin.orders.bankTransfer");
  const [state, action, pending] = useActionState<FormState, FormData>(recordBankTransferAction, idleForm);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <form action={action} className="order-action-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={orderId} />
      <FormField
        id="transfer-amount"
        name="amount"
        label={t("amountReceived", { currency })}
        hint={t("amountHint", { due: dueLabel })}
        inputMode="decimal"
        required
        autoComplete="off"
        defaultValue={state.values?.amount ?? ""}
        error={state.fields?.amount ?? state.fields?.["amount.amountMinor"]}
      />
      <FormField
        id="transfer-date"
        name="receivedOn"
        label={t("receivedOn")}
        type="date"
        required
        defaultValue={state.values?.receivedOn ?? today}
        error={state.fields?.receivedOn}
      />
      <FormField
        id="transfer-reference"
        name="reference"
        label={t("statementReference")}
        maxLength={140}
        autoComplete="off"
        defaultValue={state.values?.reference ?? ""}
        error={state.fields?.reference}
      />
      <div className="form-field">
        <label>
          <input type="checkbox" name="acceptOverpayment" /> {t("acceptOverpayment")}
        </label>
      </div>
      <div>
        <button className="button" type="submit" disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("record")}
        </button>
      </div>
    </form>
  );
}
