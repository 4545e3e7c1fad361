"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { setCategoryFeedTextAction } from "./actions";

/** One category's text on one site, saved on its own; the error or confirmation shows beside the field. */
export function CategoryTextForm({
  categoryId,
  site,
  label,
  text,
}: {
  categoryId: string;
  site: string;
  /** The field's name for screen readers, in the page's language: which site, which category. */
  label: string;
  text: string;
}) {
  const t = useTranslations("admin.feeds");
  const [state, formAction] = useActionState(setCategoryFeedTextAction, idleForm);
  const id = `feed-text-${categoryId}-${site}`;
  const error = state.status === "error" ? (state.fields?.text ?? state.message) : undefined;
  return (
    <form action={formAction} className="button-action">
      <input type="hidden" name="categoryId" value={categoryId} />
      <input type="hidden" name="site" value={site} />
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        name="text"
        className="input"
        maxLength={500}
        defaultValue={state.status === "error" ? (state.values?.text ?? "") : text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <SubmitButton className="button button-secondary button-small">{t("save")}</SubmitButton>
      {error ? (
        <span id={`${id}-error`} role="alert" className="form-error">
          {error}
        </span>
      ) : state.message ? (
        <span role="status" className="muted">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
