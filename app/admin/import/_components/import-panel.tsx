"use client";

import { useRef, useState } from "react";
import { type ImportProgress, type ImportReport, MAX_PREVIEW_ROWS } from "@/lib/catalog-admin/import-types";

type Stage =
  | { kind: "idle" }
  | {
      kind: "running";
      mode: "preview" | "apply";
      phase: "upload" | ImportProgress["phase"];
      done: number;
      total: number;
    }
  | { kind: "done"; report: ImportReport }
  | { kind: "failed"; message: string };

const phaseLabels = {
  upload: "Uploading the file",
  parse: "Reading the file",
  validate: "Checking every row",
  apply: "Writing the changes",
} as const;

type Line =
  | ({ type: "progress" } & ImportProgress)
  | { type: "report"; report: ImportReport }
  | { type: "error"; error: { message: string } };

/**
 * Sends the chosen file to POST /api/admin/products/import and follows its progress: the upload through
 * XMLHttpRequest's upload events, then the server's reading, checking and writing through the streamed lines.
 */
function runImport(file: File, mode: "preview" | "apply", onStage: (stage: Stage) => void): void {
  const xhr = new XMLHttpRequest();
  let seen = 0;
  const readLines = () => {
    const text = xhr.responseText;
    const end = text.lastIndexOf("\n");
    if (end < seen) return;
    for (const raw of text.slice(seen, end).split("\n")) {
      if (!raw.trim()) continue;
      const line = JSON.parse(raw) as Line;
      if (line.type === "progress") {
        onStage({ kind: "running", mode, phase: line.phase, done: line.done, total: line.total });
      } else if (line.type === "report") onStage({ kind: "done", report: line.report });
      else onStage({ kind: "failed", message: line.error.message });
    }
    seen = end + 1;
  };
  xhr.open("POST", `/api/admin/products/import?mode=${mode}`);
  xhr.setRequestHeader("content-type", "text/csv");
  xhr.setRequestHeader("accept", "application/x-ndjson");
  xhr.upload.onprogress = (event) =>
    onStage({ kind: "running", mode, phase: "upload", done: event.loaded, total: event.total || file.size });
  xhr.onprogress = () => {
    if (xhr.status === 200) readLines();
  };
  xhr.onload = () => {
    if (xhr.status === 200) {
      readLines();
      return;
    }
    let message = `The server answered ${xhr.status}.`;
    try {
      message = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message;
    } catch {
      // Not the JSON error shape (a proxy's page): keep the status.
    }
    onStage({ kind: "failed", message });
  };
  xhr.onerror = () => onStage({ kind: "failed", message: "The connection was interrupted; nothing was applied." });
  onStage({ kind: "running", mode, phase: "upload", done: 0, total: file.size });
  xhr.send(file);
}

function Summary({ report }: { report: ImportReport }) {
  const s = report.summary;
  const items = [
    ["Rows", s.rows],
    ["New products", s.productsCreated],
    ["Changed products", s.productsUpdated],
    ["New variants", s.variantsCreated],
    ["Changed variants", s.variantsUpdated],
    ["Stock changes", s.stockChanged],
    ["Translated products", s.productsTranslated],
    ["Unchanged rows", s.unchanged],
  ] as const;
  return (
    <dl className="stat-grid">
      {items.map(([label, value]) => (
        <div key={label} className="stat">
          <dt>{label}</dt>
          <dd>{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportPanel({ maxMegabytes }: { maxMegabytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [previewed, setPreviewed] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const running = stage.kind === "running";
  const report = stage.kind === "done" ? stage.report : null;

  const start = (mode: "preview" | "apply") => {
    if (!file) return;
    runImport(file, mode, (next) => {
      setStage(next);
      if (next.kind === "done" && next.report.mode === "preview") setPreviewed(next.report.ok ? file : null);
      if (next.kind === "done" && next.report.applied) setPreviewed(null);
    });
  };

  return (
    <div className="import-steps">
      <section className="panel" aria-labelledby="step-1">
        <h2 id="step-1">1. Choose a file and check it</h2>
        <form
          className="stack-form"
          onSubmit={(event) => {
            event.preventDefault();
            start("preview");
          }}
        >
          <div className="form-field">
            <label htmlFor="import-file">CSV file</label>
            <p id="import-file-hint" className="form-hint">
              UTF-8 CSV, at most {maxMegabytes} MB and 20,000 rows. Checking writes nothing.
            </p>
            <input
              ref={fileInput}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              className="input"
              aria-describedby="import-file-hint"
              required
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setPreviewed(null);
                setStage({ kind: "idle" });
              }}
            />
          </div>
          <div>
            <button className="button" type="submit" disabled={!file || running}>
              Check file (dry run)
            </button>
          </div>
        </form>
      </section>

      <div aria-live="polite" className="import-progress">
        {stage.kind === "running" ? (
          <>
            <label htmlFor="import-progress">
              {stage.mode === "apply" ? "Applying: " : "Checking: "}
              {phaseLabels[stage.phase]}
              {stage.phase === "validate" || stage.phase === "apply" ? ` (${stage.done} of ${stage.total})` : ""}…
            </label>
            <progress id="import-progress" max={Math.max(stage.total, 1)} value={stage.done} />
          </>
        ) : null}
        {stage.kind === "failed" ? (
          <p role="alert" className="notice notice-error">
            {stage.message}
          </p>
        ) : null}
      </div>

      {report ? (
        <section className="panel" aria-labelledby="result-title">
          <h2 id="result-title">
            {report.applied
              ? "2. Applied"
              : report.mode === "apply"
                ? "2. Not applied"
                : report.ok
                  ? "2. Preview: ready to apply"
                  : "2. Preview: fix these rows first"}
          </h2>
          {report.applied ? (
            <p role="status" className="notice notice-ok">
              All {report.summary.rows} rows were applied in one transaction.
            </p>
          ) : report.ok ? (
            <p className="notice notice-ok">No problems found. Nothing has been written yet.</p>
          ) : (
            <p role="alert" className="notice notice-error">
              {report.issueCount} problem{report.issueCount === 1 ? "" : "s"} found. Nothing has been written: a file is
              applied only when every row is correct.
            </p>
          )}
          <Summary report={report} />

          {report.issues.length > 0 ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  Problems by row (the header is row 1)
                  {report.issueCount > report.issues.length ? `, first ${report.issues.length} shown` : ""}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      Row
                    </th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {report.issues.map((issue, i) => (
                    <tr key={i} className="issue-row">
                      <td className="num">{issue.row}</td>
                      <td>{issue.column ?? "—"}</td>
                      <td className="wrap-anywhere">{issue.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {report.preview.length > 0 && !report.applied ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  Rows that change something
                  {report.preview.length >= MAX_PREVIEW_ROWS ? ` (first ${MAX_PREVIEW_ROWS} shown)` : ""}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      Row
                    </th>
                    <th scope="col">SKU</th>
                    <th scope="col">Product</th>
                    <th scope="col">Changes</th>
                  </tr>
                </thead>
                <tbody>
                  {report.preview.map((row) => (
                    <tr key={row.row} className="preview-row">
                      <td className="num">{row.row}</td>
                      <td>{row.sku}</td>
                      <td>{row.productSlug}</td>
                      <td>{row.changes.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {report.mode === "preview" && report.ok && previewed ? (
            <div className="page-actions">
              <button className="button" type="button" disabled={running} onClick={() => start("apply")}>
                Apply {report.summary.rows} rows
              </button>
              <span className="muted">The file is checked again while it is applied.</span>
            </div>
          ) : null}
          {report.applied ? (
            <button
              className="button button-secondary"
              type="button"
              onClick={() => {
                setStage({ kind: "idle" });
                setFile(null);
                if (fileInput.current) fileInput.current.value = "";
              }}
            >
              Import another file
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
