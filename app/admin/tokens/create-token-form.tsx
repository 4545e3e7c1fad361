"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type TokenFormState, createTokenAction } from "./actions";

/** The new token is shown once, read-only and selectable, with a copy button; it is never stored in the page. */
function NewToken({ name, secret }: { name: string; secret: string }) {
  const t = useTranslations("adminSettings.tokens");
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the text is selected for copying by hand.
      setCopied(false);
    }
  };
  return (
    <section aria-labelledby="new-token-title" className="panel new-token" tabIndex={-1}>
      <h3 id="new-token-title">{t("newToken", { name })}</h3>
      <p className="notice notice-warn" id="new-token-warning">
        <strong>{t("copyNow")}</strong> {t("shownOnce")}
      </p>
      <div className="form-field">
        <label htmlFor="new-token-secret">{t("secretLabel")}</label>
        <div className="copy-row">
          <input
            ref={field}
            id="new-token-secret"
            className="input token-secret"
            readOnly
            value={secret}
            aria-describedby="new-token-warning"
            onFocus={(event) => event.currentTarget.select()}
            spellCheck={false}
            autoComplete="off"
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t("copy")}
          </button>
        </div>
        <p role="status" className="form-hint">
          {copied ? t("copied") : ""}
        </p>
      </div>
      <p className="form-hint">
        {t.rich("sendAs", { code: (chunks) => <code>{chunks}</code>, start: secret.slice(0, 11) })}
      </p>
    </section>
  );
}

export function CreateTokenForm() {
  const t = useTranslations("adminSettings.tokens");
  const [state, formAction] = useActionState<TokenFormState, FormData>(createTokenAction, idleForm);
  const value = (name: string) => (state.status === "error" ? (state.values?.[name] ?? "") : "");
  return (
    <>
      {state.created ? <NewToken name={state.created.name} secret={state.created.secret} /> : null}
      <form action={formAction} className="admin-form" noValidate>
        {state.created ? null : <FormMessage state={state} />}
        <FormField
          id="token-name"
          name="name"
          label={t("form.name")}
          hint={t("form.nameHint")}
          required
          maxLength={80}
          autoComplete="off"
          defaultValue={value("name")}
          error={state.fields?.name}
        />
        <div className="form-field">
          <label htmlFor="token-scope">{t("form.access")}</label>
          <select
            id="token-scope"
            name="scope"
            className="input"
            // Keyed by its value so a refused save shows the submitted access, as SelectField does.
            key={value("scope") || "READ"}
            defaultValue={value("scope") || "READ"}
            aria-invalid={state.fields?.scope ? true : undefined}
            aria-describedby={state.fields?.scope ? "token-scope-error" : undefined}
          >
            <option value="READ">{t("scope.READ")}</option>
            <option value="WRITE">{t("scope.WRITE")}</option>
          </select>
          {state.fields?.scope ? (
            <p id="token-scope-error" className="form-error">
              {state.fields.scope}
            </p>
          ) : null}
        </div>
        <FormField
          id="token-expiry"
          name="expiresInDays"
          label={t("form.expires")}
          hint={t("form.expiresHint")}
          inputMode="numeric"
          maxLength={4}
          defaultValue={value("expiresInDays")}
          error={state.fields?.expiresInDays}
        />
        <div>
          <SubmitButton pendingLabel={t("form.creating")}>{t("form.create")}</SubmitButton>
        </div>
      </form>
    </>
  );
}
