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
import { clearSessionCookie } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { currentLanguage } from "@/lib/i18n/request-language";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";

// The account page's forms, for the signed-in account only; addresses are always looked up with the owner's id.

export const updateProfileAction = action({ schema: profileSchema, auth: "customer" }, async (input, { user }) => {
  await updateProfile(db, user.id, input);
  revalidatePath("/account");
  const t = translator(await currentLanguage());
  return { status: "success", message: t("account.detailsSaved"), values: input };
});

export const addAddressAction = action({ schema: addressSchema, auth: "customer" }, async (input, { user }) => {
  await addAddress(db, user.id, input);
  revalidatePath("/account");
  const t = translator(await currentLanguage());
  return { status: "success", message: t("account.addressSaved") };
});

export const updateAddressAction = action(
  { schema: withCompanyRule(addressFieldsSchema.extend(addressIdSchema.shape)), auth: "customer" },
  async ({ id, ...input }, { user }) => {
    await updateAddress(db, user.id, id, input);
    revalidatePath("/account");
    const t = translator(await currentLanguage());
    return { status: "success", message: t("account.addressUpdated"), values: { ...input } };
  },
);

export const deleteAddressAction = action({ schema: addressIdSchema, auth: "customer" }, async ({ id }, { user }) => {
  await deleteAddress(db, user.id, id);
  revalidatePath("/account");
  const t = translator(await currentLanguage());
  return { status: "success", message: t("account.addressRemoved") };
});

export const deleteAccountAction = action(
  { schema: deleteAccountSchema, auth: "customer" },
  async (input, { user }) => {
    await deleteAccount(db, user.id, input);
    await clearSessionCookie();
    redirect(await localeHref("/?account-deleted=1"));
  },
);
