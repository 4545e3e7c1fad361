"use client";

import { useTranslations } from "@/app/_components/translations";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { verifyCodeAction } from "./actions";

export function TwoFactorCodeForm({ next }: { next: string }) {
  const t = useTranslations("twoFactor");
  const [state, formAction, pending] = useActionState(verifyCodeAction, idleForm);
  return (
    <form action={formAction} className="form-stack" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <FormField
        id="two-factor-code"
        name="code"
        label={t("codeLabel")}
        hint={t("codeHint")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
        required
        error={state.fields?.code}
      />
      <div className="field-checkbox">
        <input
          id="two-factor-remember"
          type="checkbox"
          name="remember"
          defaultChecked={state.values?.remember === "on"}
        />
        <label htmlFor="two-factor-remember">{t("remember")}</label>
      </div>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {t("verify")}
        </button>
      </div>
    </form>
  );
}
