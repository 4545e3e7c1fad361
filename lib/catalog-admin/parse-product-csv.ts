import { CsvError, parse } from "csv-parse";
import { serverMessage } from "@/lib/i18n/server-message";
import { type CsvColumn, MAX_IMPORT_ROWS, allCsvColumns, isTranslationColumn, unguardCell } from "./csv-format";
import type { ImportIssue } from "./import-types";

export interface CsvRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** Cells by column; an empty cell is absent, except in a translation column (where empty clears). */
  cells: Partial<Record<CsvColumn, string>>;
}

export interface ParsedCsv {
  columns: CsvColumn[];
  rows: CsvRow[];
  issues: ImportIssue[];
}

const CHUNK = 256 * 1024;
const known = new Set<string>(allCsvColumns);
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the file in slices, yielding between them, so a large file neither blocks the server nor hides progress. */
async function records(text: string, onProgress: (done: number, total: number) => void): Promise<string[][]> {
  const out: string[][] = [];
  // Set from the parser's error event, which TypeScript's flow analysis cannot see.
  const state: { failure: Error | null } = { failure: null };
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false, max_record_size: 64 * 1024 });
  parser.on("data", (record: string[]) => out.push(record));
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("error", (error: Error) => {
      state.failure = error;
      resolve();
    });
  });
  for (let offset = 0; offset < text.length && state.failure === null; offset += CHUNK) {
    parser.write(text.slice(offset, offset + CHUNK));
    onProgress(Math.min(text.length, offset + CHUNK), text.length);
    if (out.length > MAX_IMPORT_ROWS + 1) break;
    await tick();
  }
  if (out.length > MAX_IMPORT_ROWS + 1) {
    // Too many rows: the caller reports it; the rest of the file is not worth reading.
    parser.destroy();
    return out;
  }
  if (state.failure === null) parser.end();
  await ended;
  if (state.failure !== null) throw state.failure;
  return out;
}

function syntaxIssue(error: unknown): ImportIssue {
  const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : undefined;
  const reason = serverMessage(
    error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED"
      ? "a quoted cell is never closed"
      : error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE"
        ? "a row is longer than 64 KB"
        : "it is not valid CSV",
  );
  return {
    row: 1,
    column: null,
    message: line
      ? serverMessage("The file cannot be read: {reason} (near line {line} of the file).", {
          reason,
          line: String(line),
        })
      : serverMessage("The file cannot be read: {reason}.", { reason }),
  };
}

/**
 * CSV text → rows keyed by column, with problems of the file as a whole (header, syntax, size) as issues.
 * Cells lose the export's formula guard; empty rows are skipped but still counted, so row numbers match what a
 * spreadsheet shows.
 */
export async function parseProductCsv(
  text: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ParsedCsv> {
  let all: string[][];
  try {
    all = await records(text, onProgress);
  } catch (error) {
    return { columns: [], rows: [], issues: [syntaxIssue(error)] };
  }
  const [header = [], ...body] = all;
  const names = header.map((name) => name.trim().toLowerCase());
  const issues: ImportIssue[] = [];
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    issues.push({
      row: 1,
      column: null,
      message: serverMessage(
        "{count, plural, one {Unknown column} other {Unknown columns}}: {names}. The columns are: {columns}.",
        {
          count: unknown.length,
          names: unknown.map((name) => `“${name.slice(0, 40)}”`).join(", "),
          columns: allCsvColumns.join(", "),
        },
      ),
    });
  }
  const duplicates = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicates.length > 0) {
    issues.push({
      row: 1,
      column: null,
      message: serverMessage("Column {column} appears twice.", { column: duplicates[0] ?? "" }),
    });
  }
  if (!names.includes("sku")) issues.push({ row: 1, column: null, message: "The file needs a sku column." });
  if (body.length > MAX_IMPORT_ROWS) {
    issues.push({
      row: 1,
      column: null,
      message: serverMessage("A file may have at most {max, plural, one {# row} other {# rows}}; split it.", {
        max: MAX_IMPORT_ROWS,
      }),
    });
  }
  if (issues.length > 0) return { columns: [], rows: [], issues };

  const columns = names as CsvColumn[];
  const rows: CsvRow[] = [];
  body.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === "")) return;
    if (record.length !== columns.length) {
      issues.push({
        row,
        column: null,
        message: serverMessage(
          "This row has {cells, plural, one {# cell} other {# cells}}; the header has {columns}.",
          { cells: record.length, columns: columns.length },
        ),
      });
      return;
    }
    const cells: Partial<Record<CsvColumn, string>> = {};
    columns.forEach((column, i) => {
      const value = unguardCell(record[i] ?? "");
      if (value.trim() !== "" || isTranslationColumn(column)) cells[column] = value;
    });
    rows.push({ row, cells });
  });
  if (rows.length === 0 && issues.length === 0) issues.push({ row: 1, column: null, message: "The file has no rows." });
  return { columns, rows, issues };
}
