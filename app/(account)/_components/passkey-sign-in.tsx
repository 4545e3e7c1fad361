"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import type { PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/browser";
import { useTranslations } from "@/app/_components/translations";
import { useState } from "react";
import { useLocalizedPath } from "@/app/_components/locale-link";

/** "Sign in with a passkey": any passkey of this shop that the device holds, then on to `next`. */
export function PasskeySignIn({ next }: { next: string }) {
  const t = useTranslations("passkeys");
  const localize = useLocalizedPath();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async () => {
    setBusy(true);
    setError(null);
    try {
      const options = await fetch("/api/session/passkey/options", { method: "POST" });
      if (!options.ok) throw new Error();
      const optionsJSON = (await options.json()) as PublicKeyCredentialRequestOptionsJSON;
      const response = await startAuthentication({ optionsJSON });
      const result = await fetch("/api/session/passkey", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ response }),
      });
      if (!result.ok) {
        const body = (await result.json().catch(() => ({}))) as { error?: { message?: string } };
        throw new Error(body.error?.message ?? "");
      }
      window.location.assign(localize(next));
    } catch (caught) {
      setError((caught instanceof Error && caught.message) || t("signInFailed"));
      setBusy(false);
    }
  };

  return (
    <div className="passkey-sign-in">
      <button type="button" className="button button-secondary" onClick={() => void signIn()} disabled={busy}>
        {busy ? t("working") : t("signIn")}
      </button>
      {error ? (
        <p className="form-message form-message-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
