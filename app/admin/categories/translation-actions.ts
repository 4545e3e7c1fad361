"use server";

import { revalidatePath } from "next/cache";
import { formId } from "@/app/admin/_lib/form-input";
import { categoryTranslationsForm } from "@/app/admin/_lib/translation-forms";
import { saveCategoryTranslations } from "@/lib/catalog-admin/save-translations";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { translationsSaved } from "@/app/admin/_lib/translations-saved";

/** A category's translations form on the categories page. */
export const saveCategoryTranslationsAction = action(
  { schema: categoryTranslationsForm, auth: "staff" },
  async (input, { actor, formData }) => {
    const { changed } = await saveCategoryTranslations(db, actor, formId(formData), input);
    revalidatePath("/admin/categories");
    return translationsSaved(changed);
  },
);
