"use client";

import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { createStaffAction } from "./actions";

/** New staff account: the administrator passes the initial password on; it follows the usual password rules. */
export function CreateStaffForm({ passwordHint }: { passwordHint: string }) {
  const [state, formAction] = useActionState<FormState, FormData>(createStaffAction, idleForm);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <FormField
        id="staff-name"
        name="name"
        label="Name"
        autoComplete="off"
        required
        maxLength={100}
        defaultValue={value("name")}
        error={state.fields?.name}
      />
      <FormField
        id="staff-email"
        name="email"
        label="E-mail address"
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
        label="Initial password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={state.fields?.password}
      />
      <div className="form-field">
        <label htmlFor="staff-role">Role</label>
        <select
          id="staff-role"
          name="role"
          className="input"
          defaultValue={value("role") || "STAFF"}
          aria-invalid={state.fields?.role ? true : undefined}
          aria-describedby={state.fields?.role ? "staff-role-error" : undefined}
        >
          <option value="STAFF">Staff</option>
          <option value="ADMIN">Administrator</option>
        </select>
        {state.fields?.role ? (
          <p id="staff-role-error" className="form-error">
            {state.fields.role}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </div>
    </form>
  );
}
