import { type ImportReport, MAX_PREVIEW_ROWS, MAX_REPORTED_ISSUES } from "./import-types";
import type { ImportPlan } from "./plan-product-import";
import type { ImportIssue } from "./import-types";

const emptySummary = {
  rows: 0,
  productsCreated: 0,
  productsUpdated: 0,
  variantsCreated: 0,
  variantsUpdated: 0,
  stockChanged: 0,
  productsTranslated: 0,
  unchanged: 0,
};

/** What the page and the API show of a plan: its summary, its issues and the first rows that change something. */
export function importReport(mode: "preview" | "apply", plan: ImportPlan, applied: boolean): ImportReport {
  return {
    mode,
    ok: plan.issues.length === 0,
    applied,
    summary: plan.summary,
    issues: plan.issues.slice(0, MAX_REPORTED_ISSUES),
    issueCount: plan.issues.length,
    preview: plan.previews.filter((p) => p.action !== "unchanged").slice(0, MAX_PREVIEW_ROWS),
  };
}

/** A file that could not be read at all (bad header, not CSV). */
export function fileIssueReport(mode: "preview" | "apply", issues: ImportIssue[], rows = 0): ImportReport {
  return {
    mode,
    ok: false,
    applied: false,
    summary: { ...emptySummary, rows },
    issues: issues.slice(0, MAX_REPORTED_ISSUES),
    issueCount: issues.length,
    preview: [],
  };
}
