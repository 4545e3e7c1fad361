"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { createDiscountSchema, setDiscountActiveSchema } from "@/lib/discounts/admin-schemas";
import { createDiscountCode } from "@/lib/discounts/create-discount-code";
import { setDiscountActive } from "@/lib/discounts/set-discount-active";
import { action } from "@/lib/http/action";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

export const createDiscountAction = action(
  { schema: createDiscountSchema, auth: "staff" },
  async (input, { actor }) => {
    const created = await createDiscountCode(db, actor, input);
    revalidatePath("/admin/discounts");
    redirect(await localeHref(`/admin/discounts/${created.id}?notice=created`));
  },
);

export const setDiscountActiveAction = action(
  { schema: setDiscountActiveSchema, auth: "staff" },
  async (input, { actor }) => {
    await setDiscountActive(db, actor, input);
    revalidatePath("/admin/discounts");
    revalidatePath(`/admin/discounts/${input.id}`);
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: input.active ? t("adminSettings.discounts.enabled") : t("adminSettings.discounts.disabled"),
    };
  },
);
