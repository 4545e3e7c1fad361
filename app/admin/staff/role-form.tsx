"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type FormState, idleForm } from "@/lib/http/form-state";
import type { Role } from "@/lib/generated/prisma/client";
import { roles } from "@/lib/staff/roles";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { changeRoleAction } from "./actions";

/** Choose an account's role; the outcome (or why it was refused) is announced beside the button. */
export function RoleForm({ id, name, role }: { id: string; name: string; role: Role }) {
  const t = useTranslations("adminSettings");
  const [state, formAction] = useActionState<FormState, FormData>(changeRoleAction, idleForm);
  const selectId = `role-${id}`;
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <label htmlFor={selectId} className="visually-hidden">
        {t("staff.roleOf", { name })}
      </label>
      <select id={selectId} name="role" defaultValue={role} className="input input-compact">
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`staff.role.${value}`)}
          </option>
        ))}
      </select>
      <SubmitButton className="button button-secondary button-small" pendingLabel={t("common.saving")}>
        {t("staff.changeRole")}
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
