import type { FormState } from "@/lib/http/form-state";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";

/** What every translations form says after a save: saved, or that nothing changed. */
export async function translationsSaved(changed: boolean): Promise<FormState> {
  const t = translator(await currentLanguage());
  return { status: "success", message: t(changed ? "adminTranslations.saved" : "adminTranslations.unchanged") };
}
