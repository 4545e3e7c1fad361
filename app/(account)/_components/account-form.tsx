"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel";
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
}

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  hidden?: Record<string, string>;
  /** Distinguishes several forms on one page (ids of their inputs). */
  idPrefix?: string;
  secondary?: boolean;
}

/** A server-action form that works without JavaScript and shows each field's error next to it. */
export function AccountForm({ action, fields, submitLabel, hidden = {}, idPrefix = "", secondary }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="form-stack" noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <FormField
          key={field.name}
          id={`${idPrefix}${field.name}`}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          required={field.required ?? true}
          hint={field.hint}
          maxLength={field.maxLength}
          defaultValue={state.values?.[field.name] ?? field.defaultValue ?? ""}
          error={state.fields?.[field.name]}
        />
      ))}
      <div>
        <button className={secondary ? "button button-secondary" : "button"} type="submit" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
