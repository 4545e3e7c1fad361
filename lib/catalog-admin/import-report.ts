import { translateMessageText } from "@/lib/i18n/server-text";
import {
  type ImportIssue,
  type ImportReport,
  MAX_PREVIEW_ROWS,
  MAX_REPORTED_ISSUES,
  type ReportedImportIssue,
} from "./import-types";
import type { ImportPlan } from "./plan-product-import";

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

/** The first issues, each in `language` (English when it has no translation). */
function reported(issues: ImportIssue[], language: string): ReportedImportIssue[] {
  return issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) => ({ ...issue, message: translateMessageText(issue.message, language) }));
}

/** What the page and the API show of a plan: its summary, its issues and the first rows that change something. */
export function importReport(
  mode: "preview" | "apply",
  plan: ImportPlan,
  applied: boolean,
  language: string,
): ImportReport {
  return {
    mode,
    ok: plan.issues.length === 0,
    applied,
    summary: plan.summary,
    issues: reported(plan.issues, language),
    issueCount: plan.issues.length,
    preview: plan.previews.filter((p) => p.action !== "unchanged").slice(0, MAX_PREVIEW_ROWS),
  };
}

/** A file that could not be read at all (bad header, not CSV). */
export function fileIssueReport(mode: "preview" | "apply", issues: ImportIssue[], language: string): ImportReport {
  return {
    mode,
    ok: false,
    applied: false,
    summary: { ...emptySummary },
    issues: reported(issues, language),
    issueCount: issues.length,
    preview: [],
  };
}
