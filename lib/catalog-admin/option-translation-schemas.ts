import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { translatedLanguages, translatedLine } from "./translation-schemas";

// The option glossary's form: one language at a time, a field per option name ("name:Size") and value
// ("value:White") the catalog has, each the translation or empty (the catalog's own text then shows). Field names
// carry the source text itself, so a value with dots or spaces needs no encoding and an error lands on its field.

export const MAX_OPTION_TEXT = 100;
const MAX_ENTRIES = 2_000;
const KEY = /^(name|value):([^\u0000-\u001f]{1,200})$/;

export interface OptionTranslationEntry {
  kind: "name" | "value";
  source: string;
  /** null: no translation (the row goes). */
  text: string | null;
}

const translationLanguage = z.enum(translatedLanguages as [string, ...string[]], {
  error: "Choose a language to translate into.",
});

/** The glossary CSV export's query: which language's translations. */
export const optionGlossaryQuerySchema = z.object({ language: translationLanguage });

export const optionTranslationsFormSchema = z
  .object({ language: translationLanguage })
  .catchall(translatedLine("The translation", MAX_OPTION_TEXT))
  .transform((form, ctx) => {
    const entries: OptionTranslationEntry[] = [];
    for (const [key, text] of Object.entries(form)) {
      if (key === "language") continue;
      const match = KEY.exec(key);
      const kind = match?.[1];
      const source = match?.[2];
      if ((kind !== "name" && kind !== "value") || !source) {
        ctx.addIssue({ code: "custom", path: [key], message: "This field is not accepted." });
        return z.NEVER;
      }
      entries.push({ kind, source, text: typeof text === "string" ? text : null });
    }
    if (entries.length > MAX_ENTRIES) {
      ctx.addIssue({
        code: "custom",
        path: ["language"],
        message: schemaMessage("At most {count} texts at once.", { count: MAX_ENTRIES }),
      });
      return z.NEVER;
    }
    return { language: form.language, entries };
  });
export type OptionTranslationsInput = z.output<typeof optionTranslationsFormSchema>;
