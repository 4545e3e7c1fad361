"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormMessage } from "@/app/_components/form-message";
import type { FormState } from "@/lib/http/form-state";

export interface EnrolmentState extends FormState {
  /** Shown once, right after the code confirmed the set-up. */
  recoveryCodes?: string[];
}

interface Props {
  action: (state: EnrolmentState, formData: FormData) => Promise<EnrolmentState>;
  /** What to scan; null once two-factor sign-in is on. */
  enrolment: { qrDataUrl: string; secret: string } | null;
  continueHref: string;
  continueLabel: string;
}

/**
 * Scan (or type) the secret, confirm with a code; then the recovery codes, once. The page stays mounted through the
 * refresh that follows the confirmation (the session cookie changes), with `enrolment` null, so that the codes the
 * action returned are still on screen.
 */
export function TwoFactorSetup({ action, enrolment, continueHref, continueLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (state.recoveryCodes && state.recoveryCodes.length > 0) {
    return (
      <section aria-labelledby="recovery-heading" className="form-stack">
        <FormMessage state={state} />
        <h2 id="recovery-heading">Your recovery codes</h2>
        <p>
          If you lose your phone, sign in with one of these instead of a code. Each works once. Keep them somewhere
          safe: they are not shown again.
        </p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {state.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link className="button" href={continueHref}>
            {continueLabel}
          </Link>
        </p>
      </section>
    );
  }
  if (!enrolment) return null;
  const { qrDataUrl, secret } = enrolment;
  return (
    <div className="form-stack">
      <ol className="two-factor-steps">
        <li>
          <p>Scan this QR code with an authenticator app (such as Aegis, Google Authenticator or 1Password).</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
          <img src={qrDataUrl} width={200} height={200} alt="QR code to add this account to an authenticator app" />
          <p>
            Or enter this key by hand: <code data-testid="totp-secret">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
        </li>
        <li>
          <p>Enter the 6-digit code the app shows to confirm.</p>
        </li>
      </ol>
      <form action={formAction} className="form-stack" noValidate>
        <FormMessage state={state} />
        <FormField
          id="setup-code"
          name="code"
          label="Code from your app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={state.fields?.code}
        />
        <div>
          <button className="button" type="submit" disabled={pending}>
            Turn on two-factor sign-in
          </button>
        </div>
      </form>
    </div>
  );
}
