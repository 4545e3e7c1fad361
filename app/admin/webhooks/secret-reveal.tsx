"use client";

import { useRef, useState } from "react";

/** A signing secret shown once, read-only and selectable, with a copy button; it is never stored in the page. */
export function SecretReveal({ secret, title }: { secret: string; title: string }) {
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
    <section aria-labelledby="webhook-secret-title" className="panel new-token">
      <h3 id="webhook-secret-title">{title}</h3>
      <p className="notice notice-warn" id="webhook-secret-warning">
        <strong>Copy it now.</strong> It is shown only this once. The receiver verifies every event with it.
      </p>
      <div className="form-field">
        <label htmlFor="webhook-secret">Signing secret</label>
        <div className="copy-row">
          <input
            ref={field}
            id="webhook-secret"
            className="input token-secret"
            readOnly
            value={secret}
            aria-describedby="webhook-secret-warning"
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
    </section>
  );
}
