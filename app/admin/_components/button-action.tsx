"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "./submit-button";

/**
 * A one-button form for a server action (mark handled, disable, revoke…), with the hidden values it needs. A
 * refusal (say, the last administrator) is shown next to the button.
 */
export function ButtonAction({
  action,
  fields,
  label,
  pendingLabel,
  secondary = false,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  secondary?: boolean;
}) {
  const t = useTranslations("admin.common");
  const [state, formAction] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="button-action">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        className={secondary ? "button button-secondary button-small" : "button button-small"}
        pendingLabel={pendingLabel ?? t("working")}
      >
        {label}
      </SubmitButton>
      {state.message ? (
        <span
          role={state.status === "error" ? "alert" : "status"}
          className={state.status === "error" ? "form-error" : "muted"}
        >
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
