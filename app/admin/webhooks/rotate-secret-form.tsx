"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type SecretFormState, rotateWebhookSecretAction } from "./actions";
import { SecretReveal } from "./secret-reveal";

/** Makes a new signing secret; the old one keeps signing for the grace period, so receivers can switch. */
export function RotateSecretForm({ id }: { id: string }) {
  const t = useTranslations("admin.webhooks");
  const [state, formAction] = useActionState<SecretFormState, FormData>(rotateWebhookSecretAction, idleForm);
  return (
    <>
      {state.secret ? <SecretReveal secret={state.secret} title={t("newSecret")} /> : null}
      <form action={formAction} className="admin-form" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <FormField
          id="rotate-grace-hours"
          name="graceHours"
          label={t("graceHours")}
          hint={t("graceHoursHint")}
          inputMode="numeric"
          maxLength={3}
          defaultValue={state.status === "error" ? (state.values?.graceHours ?? "") : ""}
          error={state.fields?.graceHours}
        />
        <div>
          <SubmitButton pendingLabel={t("rotating")} className="button button-secondary">
            {t("rotate")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
