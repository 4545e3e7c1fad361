"use client";

import Link from "next/link";
import { useActionState } from "react";
import { applyStatementAction, previewStatementAction } from "./actions";
import type { StatementState } from "./statement-state";

const idle: StatementState = { status: "idle" };

export function StatementUpload() {
  const [previewState, preview, previewing] = useActionState(previewStatementAction, idle);
  const [applyState, apply, applying] = useActionState(applyStatementAction, idle);
  const shown = applyState.status !== "idle" ? applyState : previewState;
  return (
    <>
      <form action={preview} className="panel order-action-form">
        <div className="form-field">
          <label htmlFor="statement-file">Statement file (camt.053 XML or CSV)</label>
          <p id="statement-file-hint" className="form-hint">
            CSV columns: date, amount, currency, reference; optional counterparty and id.
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
            {previewing ? "Reading…" : "Preview matches"}
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
              ? "Nothing was paid: every match had been applied before or changed meanwhile."
              : `Paid ${shown.paid.length} order(s): ${shown.paid.join(", ")}.`}
            {shown.notApplied > 0 ? ` ${shown.notApplied} match(es) no longer applied.` : ""}
          </p>
        ) : null}
      </div>

      {previewState.status === "preview" && applyState.status === "idle" ? (
        <section aria-labelledby="preview-title" className="panel">
          <h2 id="preview-title">Preview</h2>
          <p>
            {previewState.rows.length} credit(s); {previewState.applicable} can be applied (exact amount, one order).
            {previewState.skipped > 0 ? ` ${previewState.skipped} entries skipped (debits, pending, reversals).` : ""}
          </p>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Booked</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Reference</th>
                  <th scope="col">Payer</th>
                  <th scope="col">Order</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {previewState.rows.map((row) => (
                  <tr key={row.key}>
                    <td>{row.bookedOn}</td>
                    <td className="num">{row.amount}</td>
                    <td className="wrap-anywhere">{row.reference}</td>
                    <td>{row.payer}</td>
                    <td>{row.orderId ? <Link href={`/admin/orders/${row.orderId}`}>{row.orderNumber}</Link> : "—"}</td>
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
                {applying ? "Applying…" : `Apply ${previewState.applicable} match(es)`}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
