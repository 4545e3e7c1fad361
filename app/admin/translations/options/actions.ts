"use server";

import { revalidatePath } from "next/cache";
import { optionTranslationsFormSchema } from "@/lib/catalog-admin/option-translation-schemas";
import { saveOptionTranslations } from "@/lib/catalog-admin/option-translations";
import { db } from "@/lib/db";
import { action } from "@/lib/http/action";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

/** The option names and values form: one language's translations. */
export const saveOptionTranslationsAction = action(
  { schema: optionTranslationsFormSchema, auth: "staff" },
  async (input, { actor }) => {
    const { changed } = await saveOptionTranslations(db, actor, input);
    revalidatePath("/admin/translations/options");
    const t = translator(await currentLanguage());
    return {
      status: "success",
      message: changed > 0 ? t("adminTranslations.optionsSaved", { count: changed }) : t("adminTranslations.unchanged"),
    };
  },
);
