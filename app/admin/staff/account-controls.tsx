"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/lib/generated/prisma/client";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { setDisabledAction } from "./actions";
import { RoleForm } from "./role-form";

/** An administrator's controls for someone else's account: its role, and disabling or enabling it. */
export function AccountControls({ account }: { account: { id: string; name: string; role: Role; disabled: boolean } }) {
  const t = useTranslations("adminSettings");
  return (
    <div className="account-controls">
      <RoleForm id={account.id} name={account.name} role={account.role} />
      <ButtonAction
        action={setDisabledAction}
        fields={{ id: account.id, disabled: account.disabled ? "false" : "true" }}
        label={account.disabled ? t("staff.enable") : t("staff.disable")}
        pendingLabel={t("common.working")}
        secondary
      />
    </div>
  );
}
