"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { createDiscountSchema, setDiscountActiveSchema } from "@/lib/discounts/admin-schemas";
import { createDiscountCode } from "@/lib/discounts/create-discount-code";
import { setDiscountActive } from "@/lib/discounts/set-discount-active";
import type { FormState } from "@/lib/http/form-state";
import { staffFormAction } from "@/lib/http/staff-action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

export async function createDiscountAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(createDiscountSchema, formData, async (input, actor) => {
    const created = await createDiscountCode(db, actor, input);
    revalidatePath("/admin/discounts");
    redirect(await localeHref(`/admin/discounts/${created.id}?notice=created`));
  });
}

export async function setDiscountActiveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return staffFormAction(setDiscountActiveSchema, formData, async (input, actor) => {
    await setDiscountActive(db, actor, input);
    revalidatePath("/admin/discounts");
    revalidatePath(`/admin/discounts/${input.id}`);
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: input.active ? t("adminSettings.discounts.enabled") : t("adminSettings.discounts.disabled"),
    };
  });
}
