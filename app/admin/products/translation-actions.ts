"use server";

import { revalidatePath } from "next/cache";
import { formId } from "@/app/admin/_lib/form-input";
import { productTranslationsForm } from "@/app/admin/_lib/translation-forms";
import { saveProductTranslations } from "@/lib/catalog-admin/save-translations";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { translationsSaved } from "@/app/admin/_lib/translations-saved";

/** The product page's translations form: the product's name and description and its pictures' descriptions. */
export const saveProductTranslationsAction = action(
  { schema: productTranslationsForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const id = formId(formData);
    const { changed } = await saveProductTranslations(db, actor, id, input);
    revalidatePath(`/admin/products/${id}`);
    return translationsSaved(changed);
  },
);
