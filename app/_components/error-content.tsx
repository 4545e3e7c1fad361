"use client";

import { useTranslations } from "@/app/_components/translations";
import { LocaleLink as Link, useLocalizedPath } from "./locale-link";
import "./storefront.css";

/** A failed page: what happened in plain words, a retry, and ways on that do not depend on the failed data. */
export function ErrorContent({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errors");
  const localize = useLocalizedPath();
  return (
    <div className="not-found">
      <h1 className="page-title">{t("errorTitle")}</h1>
      <p className="page-lead">{t("errorLead")}</p>
      <p className="error-actions">
        <button className="button" type="button" onClick={reset}>
          {t("tryAgain")}
        </button>
        <Link prefetch={false} className="button button-secondary" href="/">
          {t("backToShop")}
        </Link>
      </p>
      <form action={localize("/search")} role="search" aria-label={t("searchAgain")} className="not-found-search">
        <label htmlFor="error-search" className="visually-hidden">
          {t("searchProducts")}
        </label>
        <input
          id="error-search"
          className="input"
          type="search"
          name="q"
          placeholder={t("searchProducts")}
          maxLength={200}
        />
        <button className="button button-secondary" type="submit">
          {t("search")}
        </button>
      </form>
      {digest ? <p className="muted">{t("reference", { digest })}</p> : null}
    </div>
  );
}
