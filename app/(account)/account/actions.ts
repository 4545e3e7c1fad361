"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addAddress, deleteAddress, updateAddress } from "@/lib/accounts/addresses";
import { deleteAccount } from "@/lib/accounts/personal-data/delete-account";
import {
  addressFieldsSchema,
  addressIdSchema,
  addressSchema,
  deleteAccountSchema,
  profileSchema,
  withCompanyRule,
} from "@/lib/accounts/schemas";
import { updateProfile } from "@/lib/accounts/update-profile";
import { requireUser } from "@/lib/auth/guards";
import { clearSessionCookie } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { currentLanguage } from "@/lib/i18n/request-language";
import { type FormState } from "@/lib/http/form-state";
import { runFormAction } from "@/lib/http/run-form-action";
import { localeHref } from "@/lib/i18n/paths";

// The account page's forms. Each checks the session itself; addresses are always looked up with the owner's id.

export async function updateProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(profileSchema, formData, async (input) => {
    const user = await requireUser();
    await updateProfile(db, user.id, input);
    revalidatePath("/account");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("account.detailsSaved"), values: input };
  });
}

export async function addAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addressSchema, formData, async (input) => {
    const user = await requireUser();
    await addAddress(db, user.id, input);
    revalidatePath("/account");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("account.addressSaved") };
  });
}

export async function updateAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    withCompanyRule(addressFieldsSchema.extend(addressIdSchema.shape)),
    formData,
    async ({ id, ...input }) => {
      const user = await requireUser();
      await updateAddress(db, user.id, id, input);
      revalidatePath("/account");
      const t = translator(await currentLanguage());
      return { status: "success", message: t("account.addressUpdated"), values: { ...input } };
    },
  );
}

export async function deleteAddressAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(addressIdSchema, formData, async ({ id }) => {
    const user = await requireUser();
    await deleteAddress(db, user.id, id);
    revalidatePath("/account");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("account.addressRemoved") };
  });
}

export async function deleteAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormAction(deleteAccountSchema, formData, async (input) => {
    const user = await requireUser();
    await deleteAccount(db, user.id, input);
    await clearSessionCookie();
  });
  if (result.status === "success") redirect(await localeHref("/?account-deleted=1"));
  return result;
}
