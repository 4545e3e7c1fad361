"use client";

import { useTranslations } from "next-intl";
import { LocaleLink } from "@/app/_components/locale-link";

/** A payments page that failed to load: say so, offer a retry and the way back; the reference ties it to the logs. */
export default function PaymentsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("adminSettings");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("common.errorTitle")}</h1>
      <p>{t("payments.loadFailed")}</p>
      <p className="toolbar">
        <button className="button" type="button" onClick={reset}>
          {t("common.tryAgain")}
        </button>
        <LocaleLink className="button button-secondary" href="/admin/payments">
          {t("payments.title")}
        </LocaleLink>
      </p>
      {error.digest ? <p className="muted">{t("common.errorReference", { digest: error.digest })}</p> : null}
    </main>
  );
}
