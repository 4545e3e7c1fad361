"use server";

import { revalidatePath } from "next/cache";
import { paymentMethodTranslationsForm } from "@/app/admin/_lib/translation-forms";
import { db } from "@/lib/db";
import { savePaymentMethodTranslations } from "@/lib/delivery/save-settings-translations";
import { notFound } from "@/lib/errors";
import { action } from "@/lib/http/action";
import { translationsSaved } from "@/app/admin/_lib/translations-saved";
import { configurablePaymentMethods } from "@/lib/payments/settings/schemas";

/** A payment method's translations form on the payments page; the hidden id names the method. */
export const savePaymentMethodTranslationsAction = action(
  { schema: paymentMethodTranslationsForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const id = formData.get("id");
    const method = configurablePaymentMethods.find((m) => m === id);
    if (!method) throw notFound("Unknown payment method.");
    const { changed } = await savePaymentMethodTranslations(db, actor, method, input);
    revalidatePath("/admin/payments");
    return translationsSaved(changed);
  },
);
