"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { TextAreaField, errorFor } from "@/app/admin/products/_components/fields";
import { type FormState, idleForm } from "@/lib/http/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One translatable text; its input is named "<prefix>.<language>.<suffix>", the schema's path. */
export interface TranslationField {
  key: string;
  prefix: string;
  suffix: string;
  label: string;
  /** The shop's own text, shown as the placeholder: what the shop shows while the field is empty. */
  fallback: string;
  max: number;
  multiline?: boolean;
}

export interface TranslationLanguage {
  code: string;
  /** The language's own name and code, e.g. "Čeština (cs)". */
  label: string;
}

interface Props {
  action: Action;
  id: string;
  idPrefix: string;
  languages: readonly TranslationLanguage[];
  fields: readonly TranslationField[];
  /** Stored text by input name. */
  values: Record<string, string>;
  /** The shop's own language, by name, for the hint. */
  shopLanguage: string;
}

/** A fieldset per language with the product's or category's texts in it, saved together. */
export function TranslationsForm({ action, id, idPrefix, languages, fields, values, shopLanguage }: Props) {
  const t = useTranslations("adminTranslations");
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <p className="form-hint">{t("hint", { shopLanguage })}</p>
      {languages.map((language) => (
        <fieldset key={language.code} className="form-fieldset">
          <legend>{language.label}</legend>
          {fields.map((field) => {
            const name = `${field.prefix}.${language.code}.${field.suffix}`;
            const common = {
              id: `${idPrefix}-${language.code}-${field.key}`,
              name,
              label: field.label,
              lang: language.code,
              placeholder: field.fallback,
              maxLength: field.max,
              defaultValue: state.values?.[name] ?? values[name] ?? "",
              error: errorFor(state.fields, name),
            };
            return field.multiline ? (
              <TextAreaField key={field.key} rows={4} {...common} />
            ) : (
              <FormField key={field.key} {...common} />
            );
          })}
        </fieldset>
      ))}
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
