"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";

/** A signing secret shown once, read-only and selectable, with a copy button; it is never stored in the page. */
export function SecretReveal({ secret, title }: { secret: string; title: string }) {
  const t = useTranslations("admin.webhooks");
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
        {t.rich("copyNow", { strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <div className="form-field">
        <label htmlFor="webhook-secret">{t("secretTitle")}</label>
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
            {t("copy")}
          </button>
        </div>
        <p role="status" className="form-hint">
          {copied ? t("copied") : ""}
        </p>
      </div>
    </section>
  );
}
