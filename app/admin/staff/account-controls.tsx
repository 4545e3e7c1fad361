"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/lib/generated/prisma/client";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { resetTwoFactorAction, setDisabledAction } from "./actions";
import { RoleForm } from "./role-form";

/** An administrator's controls for someone else's account: its role, disabling or enabling it, its second factor. */
export function AccountControls({
  account,
}: {
  account: { id: string; name: string; role: Role; disabled: boolean; twoFactor: boolean };
}) {
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
      {account.twoFactor ? (
        <ButtonAction
          action={resetTwoFactorAction}
          fields={{ id: account.id }}
          label={t("staff.resetTwoFactor")}
          pendingLabel={t("common.working")}
          secondary
        />
      ) : null}
    </div>
  );
}
