"use client";

import { useTranslations } from "next-intl";
import { LocaleLink } from "@/app/_components/locale-link";

/** A returns page that failed to load: say so, offer a retry and the way back; the reference ties it to the logs. */
export default function ReturnsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("admin.common.error");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <p>{t("returns")}</p>
      <p className="toolbar">
        <button className="button" type="button" onClick={reset}>
          {t("tryAgain")}
        </button>
        <LocaleLink className="button button-secondary" href="/admin/returns">
          {t("allReturns")}
        </LocaleLink>
      </p>
      {error.digest ? <p className="muted">{t("reference", { digest: error.digest })}</p> : null}
    </main>
  );
}
