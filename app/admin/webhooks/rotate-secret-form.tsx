"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type SecretFormState, rotateWebhookSecretAction } from "./actions";
import { SecretReveal } from "./secret-reveal";

/** Makes a new signing secret; the old one keeps signing for the grace period, so receivers can switch. */
export function RotateSecretForm({ id }: { id: string }) {
  const [state, formAction] = useActionState<SecretFormState, FormData>(rotateWebhookSecretAction, idleForm);
  return (
    <>
      {state.secret ? <SecretReveal secret={state.secret} title="The new signing secret" /> : null}
      <form action={formAction} className="admin-form" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <FormField
          id="rotate-grace-hours"
          name="graceHours"
          label="Hours the old secret keeps signing"
          hint="0 to 168; 24 when empty. 0 stops the old secret at once."
          inputMode="numeric"
          maxLength={3}
          defaultValue={state.status === "error" ? (state.values?.graceHours ?? "") : ""}
          error={state.fields?.graceHours}
        />
        <div>
          <SubmitButton pendingLabel="Rotating…" className="button button-secondary">
            Rotate secret
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
