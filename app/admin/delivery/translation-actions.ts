"use server";

import { revalidatePath } from "next/cache";
import { formId } from "@/app/admin/_lib/form-input";
import { deliveryMethodTranslationsForm, pickupLocationTranslationsForm } from "@/app/admin/_lib/translation-forms";
import { db } from "@/lib/db";
import {
  saveDeliveryMethodTranslations,
  savePickupLocationTranslations,
} from "@/lib/delivery/save-settings-translations";
import { action } from "@/lib/http/action";
import { translationsSaved } from "@/app/admin/_lib/translations-saved";

/** The translations form on a delivery method's page. */
export const saveDeliveryMethodTranslationsAction = action(
  { schema: deliveryMethodTranslationsForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const id = formId(formData);
    const { changed } = await saveDeliveryMethodTranslations(db, actor, id, input);
    revalidatePath(`/admin/delivery/methods/${id}`);
    return translationsSaved(changed);
  },
);

/** The translations form on a pickup location's page. */
export const savePickupLocationTranslationsAction = action(
  { schema: pickupLocationTranslationsForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const id = formId(formData);
    const { changed } = await savePickupLocationTranslations(db, actor, id, input);
    revalidatePath(`/admin/delivery/pickup/${id}`);
    return translationsSaved(changed);
  },
);
