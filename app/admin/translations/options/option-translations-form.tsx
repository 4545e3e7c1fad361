"use client";

import { useTranslations } from "next-intl";
import { Fragment, useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { errorFor } from "@/app/admin/products/_components/fields";
import type { OptionGlossary } from "@/lib/catalog-admin/option-translations";
import { type FormState, idleForm } from "@/lib/http/form-state";

interface Props {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  language: { code: string; label: string };
  glossary: OptionGlossary;
  /** Changes whenever the saved texts do (a save, an import): the fields then start again from them. */
  version: string;
  max: number;
}

/** Every option name and value with its translation into one language, saved together. */
export function OptionTranslationsForm({ action, language, glossary, version, max }: Props) {
  const t = useTranslations("adminTranslations");
  const [state, formAction, pending] = useActionState(action, idleForm);
  const group = (kind: "name" | "value", heading: string, items: OptionGlossary["names"]) =>
    items.length === 0 ? null : (
      <fieldset className="form-fieldset option-glossary">
        <legend>{heading}</legend>
        {items.map(({ source, text }, index) => {
          const name = `${kind}:${source}`;
          return (
            <FormField
              key={name}
              id={`option-${kind}-${index}`}
              name={name}
              label={source}
              lang={language.code}
              placeholder={source}
              maxLength={max}
              defaultValue={state.values?.[name] ?? text}
              error={errorFor(state.fields, name)}
            />
          );
        })}
      </fieldset>
    );
  return (
    <form action={formAction} className="stack-form" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <input type="hidden" name="language" value={language.code} />
      {/* A field's default value is read once; new saved texts need new fields (the form and its message stay). */}
      <Fragment key={version}>
        {group("name", t("optionNamesHeading"), glossary.names)}
        {group("value", t("optionValuesHeading"), glossary.values)}
      </Fragment>
      <div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </div>
    </form>
  );
}
