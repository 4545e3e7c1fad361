"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { LocaleLink } from "@/app/_components/locale-link";
import { applyStatementAction, previewStatementAction } from "./actions";
import type { StatementState } from "./statement-state";

const idle: StatementState = { status: "idle" };

export function StatementUpload() {
  const [previewState, preview, previewing] = useActionState(previewStatementAction, idle);
  const [applyState, apply, applying] = useActionState(applyStatementAction, idle);
  const shown = applyState.status !== "idle" ? applyState : previewState;
  const t = useTranslations("admin.bankStatements");
  return (
    <>
      <form action={preview} className="panel order-action-form">
        <div className="form-field">
          <label htmlFor="statement-file">{t("fileLabel")}</label>
          <p id="statement-file-hint" className="form-hint">
            {t("fileHint")}
          </p>
          <input
            id="statement-file"
            name="file"
            type="file"
            accept=".xml,.csv,text/xml,application/xml,text/csv"
            aria-describedby="statement-file-hint"
            required
          />
        </div>
        <div>
          <button className="button" type="submit" disabled={previewing} aria-busy={previewing}>
            {previewing ? t("reading") : t("preview")}
          </button>
        </div>
      </form>

      <div aria-live="polite">
        {shown.status === "error" ? (
          <p className="form-message form-message-error" role="alert">
            {shown.message}
          </p>
        ) : null}
        {shown.status === "applied" ? (
          <p className="form-message" role="status">
            {shown.paid.length === 0
              ? t("paidNone")
              : t("paid", { count: shown.paid.length, orders: shown.paid.join(", ") })}
            {shown.notApplied > 0 ? ` ${t("notApplied", { count: shown.notApplied })}` : ""}
          </p>
        ) : null}
      </div>

      {previewState.status === "preview" && applyState.status === "idle" ? (
        <section aria-labelledby="preview-title" className="panel">
          <h2 id="preview-title">{t("previewTitle")}</h2>
          <p>
            {t("summary", { credits: previewState.rows.length, applicable: previewState.applicable })}
            {previewState.skipped > 0 ? ` ${t("skipped", { count: previewState.skipped })}` : ""}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("booked")}</th>
                  <th scope="col" className="num">
                    {t("amount")}
                  </th>
                  <th scope="col">{t("reference")}</th>
                  <th scope="col">{t("payer")}</th>
                  <th scope="col">{t("order")}</th>
                  <th scope="col">{t("result")}</th>
                </tr>
              </thead>
              <tbody>
                {previewState.rows.map((row) => (
                  <tr key={row.key}>
                    <td>{row.bookedOn}</td>
                    <td className="num">{row.amount}</td>
                    <td className="wrap-anywhere">{row.reference}</td>
                    <td>{row.payer}</td>
                    <td>
                      {row.orderId ? (
                        <LocaleLink href={`/admin/orders/${row.orderId}`}>{row.orderNumber}</LocaleLink>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>{row.result}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {previewState.applicable > 0 ? (
            <form action={apply}>
              <input type="hidden" name="statement" value={previewState.statement} />
              <button className="button" type="submit" disabled={applying} aria-busy={applying}>
                {applying ? t("applying") : t("apply", { count: previewState.applicable })}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
