import { CsvError } from "csv-parse";
import { serverMessage } from "@/lib/i18n/server-message";
import { parse } from "csv-parse/sync";
import { hasControlCharacter } from "@/lib/validation";
import { variableSymbolsIn } from "./payment-reference";
import { statementAmountMinor } from "./statement-amount";
import { type ParsedStatement, type StatementCredit, StatementFormatError, contentEntryIds } from "./statement-credit";

// The simple statement format for banks without camt.053: a header row naming the columns (any order, comma or
// semicolon separated), then one row per transaction. Required: date, amount, currency, reference. Optional:
// counterparty, id (the bank's transaction id, which makes re-uploads safe even if the rows change order).
// Negative amounts are debits and are skipped.

export const MAX_STATEMENT_ROWS = 10_000;
const required = ["date", "amount", "currency", "reference"] as const;
const optional = ["counterparty", "id"] as const;
type Column = (typeof required)[number] | (typeof optional)[number];

function isoDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const czech = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : czech ? [czech[3], czech[2], czech[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const value = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

export function parseStatementCsv(csv: string): ParsedStatement {
  // The header decides the separator, so a decimal comma in a semicolon file stays part of its amount.
  const headerLine = /^[^\r\n]*/.exec(csv)?.[0] ?? "";
  const delimiter = headerLine.includes(";") ? ";" : ",";
  let rows: string[][];
  try {
    rows = parse(csv, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      max_record_size: 16 * 1024,
      to_line: MAX_STATEMENT_ROWS + 2,
    });
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === "number" ? error.lines : undefined;
    throw new StatementFormatError("The file is not valid CSV.", line);
  }
  if (rows.length > MAX_STATEMENT_ROWS + 1) {
    throw new StatementFormatError(
      serverMessage("The statement has more than {count} rows; split it.", { count: MAX_STATEMENT_ROWS }),
    );
  }
  const [header, ...body] = rows;
  if (header === undefined) throw new StatementFormatError("The file is empty.");
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if ((required as readonly string[]).includes(key) || (optional as readonly string[]).includes(key)) {
      index.set(key as Column, i);
    }
  });
  const missing = required.filter((column) => !index.has(column));
  if (missing.length > 0) {
    throw new StatementFormatError(
      serverMessage("The header row lacks the column(s): {columns}.", { columns: missing.join(", ") }),
      1,
    );
  }
  const cell = (row: string[], column: Column) => {
    const at = index.get(column);
    return at === undefined ? "" : (row[at] ?? "").trim();
  };

  const drafts: (Omit<StatementCredit, "entryId"> & { bankId: string | null })[] = [];
  const skipped: ParsedStatement["skipped"] = [];
  body.forEach((row, i) => {
    const line = i + 2;
    const label = `row ${line}`;
    if (row.some(hasControlCharacter)) {
      throw new StatementFormatError(
        serverMessage("Row {line}: this field contains characters that are not allowed.", { line }),
        line,
      );
    }
    const rawAmount = cell(row, "amount");
    if (rawAmount.startsWith("-")) {
      skipped.push({ entry: label, reason: "a debit" });
      return;
    }
    const bookedOn = isoDate(cell(row, "date"));
    const currency = cell(row, "currency").toUpperCase();
    if (bookedOn === null)
      throw new StatementFormatError(
        serverMessage("Row {line}: the date is not YYYY-MM-DD or D.M.YYYY.", { line }),
        line,
      );
    if (!/^[A-Z]{3}$/.test(currency))
      throw new StatementFormatError(serverMessage("Row {line}: the currency is not a code.", { line }), line);
    const amountMinor = statementAmountMinor(rawAmount, currency, true);
    if (amountMinor === null)
      throw new StatementFormatError(serverMessage("Row {line}: the amount cannot be read.", { line }), line);
    if (amountMinor === 0) {
      skipped.push({ entry: label, reason: "a zero amount" });
      return;
    }
    const reference = cell(row, "reference");
    const counterparty = cell(row, "counterparty");
    const bankId = cell(row, "id");
    drafts.push({
      bankId: bankId === "" ? null : `csv:${bankId}`,
      bookedOn,
      amount: { amountMinor, currency },
      references: reference === "" ? [] : [reference],
      variableSymbols: variableSymbolsIn(reference),
      counterparty: { name: counterparty === "" ? null : counterparty, account: null },
    });
  });
  const contentIds = contentEntryIds(
    "csv",
    drafts.map((d) => JSON.stringify([d.bookedOn, d.amount, d.references, d.counterparty.name])),
  );
  const credits = drafts.map(({ bankId, ...credit }, i) => ({ entryId: bankId ?? contentIds[i] ?? "", ...credit }));
  return { format: "csv", statementId: null, credits, skipped };
}
