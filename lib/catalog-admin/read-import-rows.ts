import { z } from "zod";
import { serverMessage, zodIssueMessage } from "@/lib/i18n/server-message";
import { type CsvColumn, optionColumns, translationColumns } from "./csv-format";
import type { ParsedRow } from "./import-plan";
import { type ImportRow, importRowSchema } from "./import-row-schema";
import type { ImportIssue } from "./import-types";
import type { CsvRow } from "./parse-product-csv";
import { translatedLine, translatedText } from "./translation-schemas";

/** The translation columns, with the limits of the admin form; an empty cell → null (clear). */
const translationCellsSchema = z.object(
  Object.fromEntries(
    translationColumns.flatMap(({ name, description }) => [
      [name, translatedLine(name, 200)],
      [description, translatedText(description, 5000)],
    ]),
  ),
);

function translationsOf(row: number, cells: CsvRow["cells"], issues: ImportIssue[]): Map<string, string | null> | null {
  const result = translationCellsSchema.safeParse(cells);
  if (!result.success) {
    for (const issue of result.error.issues) {
      issues.push({ row, column: (issue.path[0] as CsvColumn | undefined) ?? null, message: zodIssueMessage(issue) });
    }
    return null;
  }
  const out = new Map<string, string | null>();
  for (const { language, name, description } of translationColumns) {
    const values = result.data as Record<string, string | null | undefined>;
    if (values[name] !== undefined) out.set(`${language}.name`, values[name]);
    if (values[description] !== undefined) out.set(`${language}.description`, values[description]);
  }
  return out;
}

// The first step of planning an import: each row on its own, against the row schema and the option columns' order.

/** The row's option columns: names in order (null when it names none) and the values given. */
function optionsOf(row: number, input: ImportRow, issues: ImportIssue[]): { names: string[] | null; values: string[] } {
  const names: string[] = [];
  const values: string[] = [];
  let gap = false;
  for (const [nameColumn, valueColumn] of optionColumns) {
    const name = input[nameColumn];
    const value = input[valueColumn];
    if (name === undefined) {
      if (value !== undefined) {
        issues.push({
          row,
          column: valueColumn,
          message: serverMessage("{valueColumn} needs {nameColumn}.", { valueColumn, nameColumn }),
        });
      }
      gap = true;
      continue;
    }
    if (gap) {
      issues.push({ row, column: nameColumn, message: "Fill option columns in order, starting with option1." });
    }
    names.push(name);
    values.push(value ?? "");
  }
  return { names: names.length > 0 ? names : null, values };
}

/** The rows that pass on their own; what is wrong with the others goes to `issues`. */
export function readImportRows(rows: readonly CsvRow[], issues: ImportIssue[]): ParsedRow[] {
  const parsed: ParsedRow[] = [];
  for (const { row, cells } of rows) {
    const result = importRowSchema.safeParse(cells);
    const translations = translationsOf(row, cells, issues);
    if (!result.success || translations === null) {
      for (const issue of result.error?.issues ?? []) {
        issues.push({ row, column: (issue.path[0] as CsvColumn | undefined) ?? null, message: zodIssueMessage(issue) });
      }
      continue;
    }
    const { names, values } = optionsOf(row, result.data, issues);
    parsed.push({ row, input: result.data, optionNames: names, optionValues: values, translations });
  }
  return parsed;
}
