"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type FormState, idleForm } from "@/lib/http/form-state";
import { publishLegalDocumentAction } from "../actions";

/** Edits the text in force; publishing makes it the next version. Works without JavaScript. */
export function LegalDocumentForm(props: { kind: string; baseVersion: number; title: string; body: string }) {
  const t = useTranslations("admin.legal");
  const [state, formAction] = useActionState<FormState, FormData>(publishLegalDocumentAction, idleForm);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const bodyError = state.fields?.body;
  return (
    <form action={formAction} className="admin-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="baseVersion" value={props.baseVersion} />
      <FormField
        id="legal-title"
        name="title"
        label={t("titleLabel")}
        required
        maxLength={200}
        defaultValue={value("title", props.title)}
        error={state.fields?.title}
      />
      <div className="form-field">
        <label htmlFor="legal-body">{t("bodyLabel")}</label>
        <p id="legal-body-hint" className="form-hint">
          {t("bodyHint")}
        </p>
        <textarea
          id="legal-body"
          name="body"
          className="input"
          rows={24}
          required
          defaultValue={value("body", props.body)}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? "legal-body-hint legal-body-error" : "legal-body-hint"}
        />
        {bodyError ? (
          <p id="legal-body-error" className="form-error">
            {bodyError}
          </p>
        ) : null}
      </div>
      <div>
        <SubmitButton pendingLabel={t("publishing")}>{t("publishAs", { version: props.baseVersion + 1 })}</SubmitButton>
      </div>
    </form>
  );
}
