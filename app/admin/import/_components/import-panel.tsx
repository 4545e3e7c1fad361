"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { type ImportProgress, type ImportReport, MAX_PREVIEW_ROWS } from "@/lib/catalog-admin/import-types";
import { useChangeWords } from "./change-words";

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

type Line =
  | ({ type: "progress" } & ImportProgress)
  | { type: "report"; report: ImportReport }
  | { type: "error"; error: { message: string } };

/**
 * Sends the chosen file to POST /api/admin/products/import and follows its progress: the upload through
 * XMLHttpRequest's upload events, then the server's reading, checking and writing through the streamed lines. The
 * server writes its problems in `language` (Accept-Language); `failure` words what went wrong on the way.
 */
function runImport(
  file: File,
  mode: "preview" | "apply",
  language: string,
  failure: { status: (status: number) => string; interrupted: string },
  onStage: (stage: Stage) => void,
): void {
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
  xhr.setRequestHeader("accept-language", language);
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
    let message = failure.status(xhr.status);
    try {
      message = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message;
    } catch {
      // Not the JSON error shape (a proxy's page): keep the status.
    }
    onStage({ kind: "failed", message });
  };
  xhr.onerror = () => onStage({ kind: "failed", message: failure.interrupted });
  onStage({ kind: "running", mode, phase: "upload", done: 0, total: file.size });
  xhr.send(file);
}

function Summary({ report }: { report: ImportReport }) {
  const t = useTranslations("admin.import.summary");
  const format = useFormatter();
  const s = report.summary;
  const items = [
    ["rows", s.rows],
    ["productsCreated", s.productsCreated],
    ["productsUpdated", s.productsUpdated],
    ["variantsCreated", s.variantsCreated],
    ["variantsUpdated", s.variantsUpdated],
    ["stockChanged", s.stockChanged],
    ["productsTranslated", s.productsTranslated],
    ["unchanged", s.unchanged],
  ] as const;
  return (
    <dl className="stat-grid">
      {items.map(([label, value]) => (
        <div key={label} className="stat">
          <dt>{t(label)}</dt>
          <dd>{format.number(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportPanel({
  maxMegabytes,
  maxRows,
  locale,
}: {
  maxMegabytes: number;
  maxRows: number;
  locale: string;
}) {
  const t = useTranslations("admin.import");
  const changeWords = useChangeWords(locale);
  const format = useFormatter();
  const language = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const [previewed, setPreviewed] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const running = stage.kind === "running";
  const report = stage.kind === "done" ? stage.report : null;

  const start = (mode: "preview" | "apply") => {
    if (!file) return;
    const failure = { status: (status: number) => t("serverAnswered", { status }), interrupted: t("interrupted") };
    runImport(file, mode, language, failure, (next) => {
      setStage(next);
      if (next.kind === "done" && next.report.mode === "preview") setPreviewed(next.report.ok ? file : null);
      if (next.kind === "done" && next.report.applied) setPreviewed(null);
    });
  };

  return (
    <div className="import-steps">
      <section className="panel" aria-labelledby="step-1">
        <h2 id="step-1">{t("step1")}</h2>
        <form
          className="stack-form"
          onSubmit={(event) => {
            event.preventDefault();
            start("preview");
          }}
        >
          <div className="form-field">
            <label htmlFor="import-file">{t("file")}</label>
            <p id="import-file-hint" className="form-hint">
              {t("fileHint", { maxMegabytes, maxRows })}
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
              {t("check")}
            </button>
          </div>
        </form>
      </section>

      <div aria-live="polite" className="import-progress">
        {stage.kind === "running" ? (
          <>
            <label htmlFor="import-progress">
              {stage.phase === "validate" || stage.phase === "apply"
                ? t("progressCounted", {
                    mode: stage.mode,
                    phase: t(`phase.${stage.phase}`),
                    done: format.number(stage.done),
                    total: format.number(stage.total),
                  })
                : t("progress", { mode: stage.mode, phase: t(`phase.${stage.phase}`) })}
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
              ? t("result.applied")
              : report.mode === "apply"
                ? t("result.notApplied")
                : report.ok
                  ? t("result.ready")
                  : t("result.fix")}
          </h2>
          {report.applied ? (
            <p role="status" className="notice notice-ok">
              {t("appliedAll", { rows: report.summary.rows })}
            </p>
          ) : report.ok ? (
            <p className="notice notice-ok">{t("noProblems")}</p>
          ) : (
            <p role="alert" className="notice notice-error">
              {t("problems", { count: report.issueCount })}
            </p>
          )}
          <Summary report={report} />

          {report.issues.length > 0 ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption>
                  {report.issueCount > report.issues.length
                    ? t("issuesCaptionTruncated", { shown: report.issues.length })
                    : t("issuesCaption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t("colRow")}
                    </th>
                    <th scope="col">{t("colColumn")}</th>
                    <th scope="col">{t("colProblem")}</th>
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
                  {report.preview.length >= MAX_PREVIEW_ROWS
                    ? t("previewCaptionTruncated", { shown: MAX_PREVIEW_ROWS })
                    : t("previewCaption")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t("colRow")}
                    </th>
                    <th scope="col">{t("colSku")}</th>
                    <th scope="col">{t("colProduct")}</th>
                    <th scope="col">{t("colChanges")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.preview.map((row) => (
                    <tr key={row.row} className="preview-row">
                      <td className="num">{row.row}</td>
                      <td>{row.sku}</td>
                      <td>{row.productSlug}</td>
                      <td>{row.details.map(changeWords).join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}

          {report.mode === "preview" && report.ok && previewed ? (
            <div className="page-actions">
              <button className="button" type="button" disabled={running} onClick={() => start("apply")}>
                {t("apply", { rows: report.summary.rows })}
              </button>
              <span className="muted">{t("checkedAgain")}</span>
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
              {t("another")}
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
