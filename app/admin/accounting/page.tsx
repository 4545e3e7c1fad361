import type { Metadata } from "next";
import { countAccountingDocuments } from "@/lib/accounting/count-accounting-documents";
import { accountingExportQuerySchema } from "@/lib/accounting/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { shopDay } from "@/lib/reports/shop-day";
import { fieldErrorsFromZod } from "@/lib/validation";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import "../people.css";

export const metadata: Metadata = { title: "Accounting export", robots: { index: false } };
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
  const asked = raw.from !== undefined || raw.to !== undefined;
  const parsed = accountingExportQuerySchema.safeParse(asked ? { from: raw.from, to: raw.to } : lastMonth());
  const errors = asked && !parsed.success ? fieldErrorsFromZod(parsed.error) : {};
  const values = asked ? { from: raw.from ?? "", to: raw.to ?? "" } : lastMonth();
  const counts = parsed.success ? await countAccountingDocuments(db, parsed.data, env.SHOP_TIME_ZONE) : null;
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
        <h1>Accounting export</h1>
        <p className="muted">
          Invoices and credit notes issued in a date range ({env.SHOP_TIME_ZONE}), as stored when they were issued: a
          CSV with one row per document and VAT rate, and one ISDOC 6 file per document, in a ZIP.
        </p>
      </div>

      <form className="toolbar" action="/admin/accounting" method="get" noValidate>
        {field("from", "From (first day)")}
        {field("to", "To (last day, included)")}
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {asked && !parsed.success ? (
        <p role="alert" className="notice notice-error">
          Please correct the marked dates.
        </p>
      ) : null}

      {parsed.success && counts ? (
        <section aria-labelledby="accounting-result-title" className="section">
          <h2 id="accounting-result-title">
            {parsed.data.from} to {parsed.data.to}
          </h2>
          <p role="status">
            {counts.invoices} {counts.invoices === 1 ? "invoice" : "invoices"} and {counts.creditNotes}{" "}
            {counts.creditNotes === 1 ? "credit note" : "credit notes"}.
          </p>
          <p>
            <a
              className="button"
              href={`/api/admin/accounting/export${queryString({ from: parsed.data.from, to: parsed.data.to })}`}
              download
            >
              Download the ZIP
            </a>
          </p>
        </section>
      ) : null}
    </main>
  );
}
