"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { createStaffAction } from "./actions";

/** New staff account: the administrator passes the initial password on; it follows the usual password rules. */
export function CreateStaffForm({ passwordHint }: { passwordHint: string }) {
  const t = useTranslations("adminSettings.staff");
  const [state, formAction] = useActionState<FormState, FormData>(createStaffAction, idleForm);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <FormField
        id="staff-name"
        name="name"
        label={t("form.name")}
        autoComplete="off"
        required
        maxLength={100}
        defaultValue={value("name")}
        error={state.fields?.name}
      />
      <FormField
        id="staff-email"
        name="email"
        label={t("form.email")}
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={value("email")}
        error={state.fields?.email}
      />
      <FormField
        id="staff-password"
        name="password"
        label={t("form.password")}
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={state.fields?.password}
      />
      <div className="form-field">
        <label htmlFor="staff-role">{t("form.role")}</label>
        <select
          id="staff-role"
          name="role"
          className="input"
          // Keyed by its value so a refused save shows the submitted role, as SelectField does.
          key={value("role") || "STAFF"}
          defaultValue={value("role") || "STAFF"}
          aria-invalid={state.fields?.role ? true : undefined}
          aria-describedby={state.fields?.role ? "staff-role-error" : undefined}
        >
          <option value="STAFF">{t("role.STAFF")}</option>
          <option value="ADMIN">{t("role.ADMIN")}</option>
        </select>
        {state.fields?.role ? (
          <p id="staff-role-error" className="form-error">
            {state.fields.role}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel={t("form.creating")}>{t("form.create")}</SubmitButton>
      </div>
    </form>
  );
}
