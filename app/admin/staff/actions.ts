"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";
import { changeUserRole } from "@/lib/staff/change-user-role";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { roleLabels } from "@/lib/staff/roles";
import { changeRoleSchema, createStaffSchema, setDisabledSchema } from "@/lib/staff/schemas";
import { setUserDisabled } from "@/lib/staff/set-user-disabled";

// Staff accounts and roles: administrators only, checked before the form is read and again in the domain.

const adminOnly = { adminOnly: true };

function refreshAccountPages(id: string) {
  revalidatePath("/admin/staff");
  revalidatePath(`/admin/customers/${id}`);
}

export async function createStaffAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    createStaffSchema,
    formData,
    async (input, actor) => {
      await createStaffAccount(db, actor, input);
      revalidatePath("/admin/staff");
      redirect("/admin/staff?notice=created");
    },
    adminOnly,
  );
}

export async function changeRoleAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    changeRoleSchema,
    formData,
    async (input, actor) => {
      await changeUserRole(db, actor, input);
      refreshAccountPages(input.id);
      return { status: "success", message: `Role set to ${roleLabels[input.role].toLowerCase()}.` };
    },
    adminOnly,
  );
}

export async function setDisabledAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(
    setDisabledSchema,
    formData,
    async (input, actor) => {
      await setUserDisabled(db, actor, input);
      refreshAccountPages(input.id);
      return { status: "success", message: input.disabled ? "Account disabled." : "Account enabled." };
    },
    adminOnly,
  );
}
