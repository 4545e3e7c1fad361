import type { Db } from "@/lib/db";
import { fileIssueReport, importReport } from "./import-report";
import type { ImportReport, OnImportProgress } from "./import-types";
import { parseProductCsv } from "./parse-product-csv";
import { planProductImport } from "./plan-product-import";

/**
 * The dry run: reads and checks the whole file against the database and says what applying it would do, with the
 * problems written in `language`.
 */
export async function previewProductImport(
  db: Db,
  csv: string,
  onProgress: OnImportProgress = () => undefined,
  language = "en",
): Promise<ImportReport> {
  const parsed = await parseProductCsv(csv, (done, total) => onProgress({ phase: "parse", done, total }));
  if (parsed.columns.length === 0) return fileIssueReport("preview", parsed.issues, language);
  const plan = await planProductImport(db, parsed.rows, { lock: false, onProgress });
  plan.issues.unshift(...parsed.issues);
  plan.issues.sort((a, b) => a.row - b.row);
  return importReport("preview", plan, false, language);
}
