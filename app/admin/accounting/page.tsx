import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { countAccountingDocuments } from "@/lib/accounting/count-accounting-documents";
import { accountingExportQuerySchema } from "@/lib/accounting/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateZodIssue } from "@/lib/i18n/server-text";
import { shopDay } from "@/lib/reports/shop-day";
import { fieldErrorsFromZod } from "@/lib/validation";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.accounting");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

/** The first and last day of the previous month on the shop's clock: what accountants usually ask for. */
function lastMonth(): { from: string; to: string } {
  const [year = 2000, month = 1] = shopDay(new Date(), env.SHOP_TIME_ZONE).split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

export default async function AccountingPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/accounting");
  const raw = flatParams(await searchParams);
  const [t, format, language, formAction] = await Promise.all([
    getTranslations("admin.accounting"),
    adminFormat(),
    currentLanguage(),
    localeHref("/admin/accounting"),
  ]);
  const asked = raw.from !== undefined || raw.to !== undefined;
  const parsed = accountingExportQuerySchema.safeParse(asked ? { from: raw.from, to: raw.to } : lastMonth());
  const errors =
    asked && !parsed.success ? fieldErrorsFromZod(parsed.error, (issue) => translateZodIssue(issue, language)) : {};
  const values = asked ? { from: raw.from ?? "", to: raw.to ?? "" } : lastMonth();
  const counts = parsed.success ? await countAccountingDocuments(db, parsed.data, env.SHOP_TIME_ZONE) : null;
  // A calendar day (YYYY-MM-DD) at noon UTC falls on that same day in the shop's time zone.
  const day = (isoDay: string) => format.day(`${isoDay}T12:00:00Z`);
  const field = (name: "from" | "to", label: string) => (
    <div className="form-field">
      <label htmlFor={`accounting-${name}`}>{label}</label>
      <input
        id={`accounting-${name}`}
        className="input"
        type="date"
        name={name}
        required
        defaultValue={typeof values[name] === "string" ? values[name] : ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `accounting-${name}-error` : undefined}
      />
      {errors[name] ? (
        <p id={`accounting-${name}-error`} className="form-error">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro", { timeZone: env.SHOP_TIME_ZONE })}</p>
      </div>

      <form className="toolbar" action={formAction} method="get" noValidate>
        {field("from", t("from"))}
        {field("to", t("to"))}
        <button type="submit" className="button">
          {t("show")}
        </button>
      </form>
      {asked && !parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("correctDates")}
        </p>
      ) : null}

      {parsed.success && counts ? (
        <section aria-labelledby="accounting-result-title" className="section">
          <h2 id="accounting-result-title">{t("range", { from: day(parsed.data.from), to: day(parsed.data.to) })}</h2>
          <p role="status">{t("counts", { invoices: counts.invoices, creditNotes: counts.creditNotes })}</p>
          <p>
            <a
              className="button"
              href={`/api/admin/accounting/export${queryString({ from: parsed.data.from, to: parsed.data.to })}`}
              download
            >
              {t("download")}
            </a>
          </p>
        </section>
      ) : null}
    </main>
  );
}
