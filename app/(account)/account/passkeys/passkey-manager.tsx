"use client";

import { startRegistration } from "@simplewebauthn/browser";
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/app/_components/translations";
import { type FormEvent, useState } from "react";

interface PasskeyRow {
  id: string;
  name: string;
  added: string;
  lastUsed: string | null;
}

async function errorMessage(response: Response, fallback: string): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string; fields?: Record<string, string> } };
    return Object.values(body.error?.fields ?? {})[0] ?? body.error?.message ?? fallback;
  } catch {
    return fallback;
  }
}

/** Add, rename and remove the account's passkeys (the browser's WebAuthn API through @simplewebauthn/browser). */
export function PasskeyManager({ passkeys }: { passkeys: PasskeyRow[] }) {
  const t = useTranslations("passkeys");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = new FormData(form).get("name");
    setBusy(true);
    setMessage(null);
    try {
      const options = await fetch("/api/account/passkeys/options", { method: "POST" });
      if (!options.ok) throw new Error(await errorMessage(options, t("failed")));
      const optionsJSON = (await options.json()) as PublicKeyCredentialCreationOptionsJSON;
      const response = await startRegistration({ optionsJSON });
      const saved = await fetch("/api/account/passkeys", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: typeof name === "string" ? name : "", response }),
      });
      if (!saved.ok) throw new Error(await errorMessage(saved, t("failed")));
      form.reset();
      setMessage({ kind: "success", text: t("added") });
      router.refresh();
    } catch (error) {
      // The browser's own refusal (cancelled, no authenticator) has a technical message: say it plainly.
      const text = error instanceof Error && !/^(NotAllowed|Abort|InvalidState)/.test(error.name) ? error.message : "";
      setMessage({ kind: "error", text: text || t("failed") });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: string) => {
    setBusy(true);
    const response = await fetch(`/api/account/passkeys/${id}`, { method: "DELETE" });
    setBusy(false);
    if (!response.ok) setMessage({ kind: "error", text: await errorMessage(response, t("failed")) });
    else {
      setMessage({ kind: "success", text: t("removed") });
      router.refresh();
    }
  };

  const rename = async (event: FormEvent<HTMLFormElement>, id: string) => {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    setBusy(true);
    const response = await fetch(`/api/account/passkeys/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: typeof name === "string" ? name : "" }),
    });
    setBusy(false);
    if (!response.ok) setMessage({ kind: "error", text: await errorMessage(response, t("failed")) });
    else {
      setMessage({ kind: "success", text: t("renamed") });
      router.refresh();
    }
  };

  return (
    <>
      <p role="status" aria-live="polite" className={message ? `form-message form-message-${message.kind}` : undefined}>
        {message?.text}
      </p>
      {passkeys.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="passkey-list">
          {passkeys.map((passkey) => (
            <li key={passkey.id}>
              <form onSubmit={(event) => void rename(event, passkey.id)} className="passkey-row">
                <label htmlFor={`passkey-${passkey.id}`} className="visually-hidden">
                  {t("nameLabel")}
                </label>
                <input
                  id={`passkey-${passkey.id}`}
                  name="name"
                  className="input"
                  defaultValue={passkey.name}
                  maxLength={60}
                  required
                />
                <span className="passkey-dates">
                  {t("addedOn", { date: passkey.added })}
                  {passkey.lastUsed ? ` · ${t("lastUsedOn", { date: passkey.lastUsed })}` : ""}
                </span>
                <button type="submit" className="button button-secondary" disabled={busy}>
                  {t("rename")}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() => void remove(passkey.id)}
                  aria-label={t("removeNamed", { name: passkey.name })}
                >
                  {t("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void add(event)} className="stack">
        <h2>{t("addHeading")}</h2>
        <div className="field">
          <label htmlFor="new-passkey-name">{t("nameLabel")}</label>
          <input
            id="new-passkey-name"
            name="name"
            className="input"
            maxLength={60}
            required
            placeholder={t("namePlaceholder")}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t("working") : t("add")}
        </button>
      </form>
    </>
  );
}
