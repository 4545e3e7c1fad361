"use client";

import { useActionState, useRef, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleForm } from "@/lib/http/form-state";
import { SubmitButton } from "@/app/admin/_components/submit-button";
import { type TokenFormState, createTokenAction } from "./actions";

/** The new token is shown once, read-only and selectable, with a copy button; it is never stored in the page. */
function NewToken({ name, secret }: { name: string; secret: string }) {
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
      <h3 id="new-token-title">Your new token “{name}”</h3>
      <p className="notice notice-warn" id="new-token-warning">
        <strong>Copy it now.</strong> It is shown only this once: the shop keeps only a fingerprint of it. If you lose
        it, revoke it and create another.
      </p>
      <div className="form-field">
        <label htmlFor="new-token-secret">API token</label>
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
            Copy
          </button>
        </div>
        <p role="status" className="form-hint">
          {copied ? "Copied to the clipboard." : ""}
        </p>
      </div>
      <p className="form-hint">
        Send it as <code>Authorization: Bearer {secret.slice(0, 11)}…</code>
      </p>
    </section>
  );
}

export function CreateTokenForm() {
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
          label="Name"
          hint="What it is for, e.g. “Warehouse sync”."
          required
          maxLength={80}
          autoComplete="off"
          defaultValue={value("name")}
          error={state.fields?.name}
        />
        <div className="form-field">
          <label htmlFor="token-scope">Access</label>
          <select
            id="token-scope"
            name="scope"
            className="input"
            defaultValue={value("scope") || "READ"}
            aria-invalid={state.fields?.scope ? true : undefined}
            aria-describedby={state.fields?.scope ? "token-scope-error" : undefined}
          >
            <option value="READ">Read only</option>
            <option value="WRITE">Read and write</option>
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
          label="Expires after (days, optional)"
          hint="Empty: the token works until revoked."
          inputMode="numeric"
          maxLength={4}
          defaultValue={value("expiresInDays")}
          error={state.fields?.expiresInDays}
        />
        <div>
          <SubmitButton pendingLabel="Creating…">Create token</SubmitButton>
        </div>
      </form>
    </>
  );
}
