"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { changeUserRole } from "@/lib/staff/change-user-role";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { changeRoleSchema, createStaffSchema, setDisabledSchema } from "@/lib/staff/schemas";
import { setUserDisabled } from "@/lib/staff/set-user-disabled";
import { resetTwoFactor } from "@/lib/two-factor/reset-two-factor";
import { resetTwoFactorSchema } from "@/lib/two-factor/schemas";

// Staff accounts and roles: administrators only, checked before the form is read and again in the domain.

function refreshAccountPages(id: string) {
  revalidatePath("/admin/staff");
  revalidatePath(`/admin/customers/${id}`);
}

export const createStaffAction = action({ schema: createStaffSchema, auth: "admin" }, async (input, { actor }) => {
  await createStaffAccount(db, actor, input);
  revalidatePath("/admin/staff");
  redirect(await localeHref("/admin/staff?notice=created"));
});

export const changeRoleAction = action({ schema: changeRoleSchema, auth: "admin" }, async (input, { actor }) => {
  await changeUserRole(db, actor, input);
  refreshAccountPages(input.id);
  const t = translator(await currentLanguage());
  return { status: "success", message: t(`adminSettings.staff.roleSet.${input.role}`) };
});

export const setDisabledAction = action({ schema: setDisabledSchema, auth: "admin" }, async (input, { actor }) => {
  await setUserDisabled(db, actor, input);
  refreshAccountPages(input.id);
  const t = translator(await currentLanguage());
  return {
    status: "success",
    message: input.disabled ? t("adminSettings.staff.accountDisabled") : t("adminSettings.staff.accountEnabled"),
  };
});

export const resetTwoFactorAction = action(
  { schema: resetTwoFactorSchema, auth: "admin" },
  async (input, { actor }) => {
    const language = await currentLanguage();
    await resetTwoFactor(db, actor, input.id, language);
    refreshAccountPages(input.id);
    return { status: "success", message: translator(language)("adminSettings.staff.twoFactorReset") };
  },
);
