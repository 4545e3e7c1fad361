"use client";

import { useTranslations } from "next-intl";
import { LocaleLink } from "@/app/_components/locale-link";

/** A product page that failed to load: say so, offer a retry and the way back; the reference ties it to the logs. */
export default function ProductsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("admin");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("common.error.title")}</h1>
      <p>{t("catalogStates.productsFailed")}</p>
      <p className="toolbar">
        <button className="button" type="button" onClick={reset}>
          {t("common.error.tryAgain")}
        </button>
        <LocaleLink className="button button-secondary" href="/admin/products">
          {t("products.title")}
        </LocaleLink>
      </p>
      {error.digest ? <p className="muted">{t("common.error.reference", { digest: error.digest })}</p> : null}
    </main>
  );
}
