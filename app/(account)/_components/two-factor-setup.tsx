"use client";

import Link from "next/link";
import { useTranslations } from "@/app/_components/translations";
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
  const t = useTranslations("twoFactor");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (state.recoveryCodes && state.recoveryCodes.length > 0) {
    return (
      <section aria-labelledby="recovery-heading" className="form-stack">
        <FormMessage state={state} />
        <h2 id="recovery-heading">{t("recoveryHeading")}</h2>
        <p>{t("recoveryText")}</p>
        <ul className="recovery-codes" aria-label={t("recoveryCodes")}>
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
          <p>{t("scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, nothing to optimise */}
          <img src={qrDataUrl} width={200} height={200} alt={t("qrAlt")} />
          <p>
            {t("enterKey")} <code data-testid="totp-secret">{secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
        </li>
        <li>
          <p>{t("confirmStep")}</p>
        </li>
      </ol>
      <form action={formAction} className="form-stack" noValidate>
        <FormMessage state={state} />
        <FormField
          id="setup-code"
          name="code"
          label={t("appCode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          error={state.fields?.code}
        />
        <div>
          <button className="button" type="submit" disabled={pending}>
            {t("enable")}
          </button>
        </div>
      </form>
    </div>
  );
}
