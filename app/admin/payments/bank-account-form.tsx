"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { saveBankAccountAction } from "./actions";

export interface BankAccountFormValues {
  id: string;
  currency: string;
  accountHolder: string;
  iban: string;
  bic: string;
}

/** The account transfers in one currency are paid to; the IBAN's check digits are verified by the server. */
export function BankAccountForm({ initial }: { initial: BankAccountFormValues }) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(saveBankAccountAction, idleForm);
  const value = (name: keyof BankAccountFormValues) => state.values?.[name] ?? initial[name];
  const error = (name: string) => state.fields?.[name];
  const prefix = `account-${initial.id || "new"}`;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={initial.id} />
      <div className="form-row">
        <FormField
          id={`${prefix}-currency`}
          name="currency"
          label={t("payments.account.currency")}
          hint={t("payments.account.currencyHint")}
          required
          maxLength={3}
          autoComplete="off"
          defaultValue={value("currency")}
          error={error("currency")}
        />
        <FormField
          id={`${prefix}-holder`}
          name="accountHolder"
          label={t("payments.account.holder")}
          required
          maxLength={70}
          autoComplete="off"
          defaultValue={value("accountHolder")}
          error={error("accountHolder")}
        />
      </div>
      <div className="form-row">
        <FormField
          id={`${prefix}-iban`}
          name="iban"
          label={t("payments.account.iban")}
          required
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
          defaultValue={value("iban")}
          error={error("iban")}
        />
        <FormField
          id={`${prefix}-bic`}
          name="bic"
          label={t("payments.account.bic")}
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          defaultValue={value("bic")}
          error={error("bic")}
        />
      </div>
      <div>
        <SubmitButton pendingLabel={t("common.saving")}>
          {initial.id ? t("payments.account.save") : t("payments.account.add")}
        </SubmitButton>
      </div>
    </form>
  );
}
