"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { settingIdFormSchema } from "@/lib/delivery/admin-schemas";
import { localeHref } from "@/lib/i18n/paths";
import { action } from "@/lib/http/action";
import { deleteBankAccount } from "@/lib/payments/settings/delete-bank-account";
import { saveBankAccount } from "@/lib/payments/settings/save-bank-account";
import { savePaymentMethodSetting } from "@/lib/payments/settings/save-payment-method-setting";
import { bankAccountFormSchema, paymentMethodSettingFormSchema } from "@/lib/payments/settings/schemas";
import type { PaymentsNotice } from "./notices";

// The Payments area's forms: staff role checked before the form is read, one domain function each, then back to
// the page with a notice. The checkout follows at once (settings cache dropped, other instances notified).

// The page is rendered per request (force-dynamic), so a redirect is all it takes to show the change.
const done = async (notice: PaymentsNotice): Promise<never> =>
  redirect(await localeHref(`/admin/payments?notice=${notice}`));

export const savePaymentMethodAction = action(
  { schema: paymentMethodSettingFormSchema, auth: "staff" },
  async (input, { actor }) => {
    await savePaymentMethodSetting(db, actor, input);
    return done("method-saved");
  },
);

export const saveBankAccountAction = action(
  { schema: bankAccountFormSchema, auth: "staff" },
  async (input, { actor }) => {
    await saveBankAccount(db, actor, input);
    return done(input.id ? "account-saved" : "account-created");
  },
);

export const deleteBankAccountAction = action(
  { schema: settingIdFormSchema, auth: "staff" },
  async ({ id }, { actor }) => {
    await deleteBankAccount(db, actor, id);
    return done("account-deleted");
  },
);
