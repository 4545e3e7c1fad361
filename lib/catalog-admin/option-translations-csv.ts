import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { type FieldMessages, invalidInput } from "@/lib/errors";
import { type MessageText, serverMessage } from "@/lib/i18n/server-message";
import { unguardCell } from "./csv-format";
import { type OptionTranslationsInput, optionTranslationsFormSchema } from "./option-translation-schemas";
import type { OptionGlossary } from "./option-translations";

// The option glossary as a CSV file, one language per file, for translating in a spreadsheet or by a translator:
// language, kind (name or value), the shop's own text, its translation. The export lists every option name and value
// the catalog has, translated or not; the import reads the same columns and saves them as the glossary form does
// (an empty translation removes one, rows left out stay as they are), all rows or none.

export const glossaryCsvColumns = ["language", "kind", "source", "text"] as const;

/** One language's glossary as CSV (with a byte-order mark, so spreadsheet programs read it as UTF-8). */
export function optionGlossaryCsv(glossary: OptionGlossary, language: string): string {
  const rows = [
    ...glossary.names.map(({ source, text }) => [language, "name", source, text]),
    ...glossary.values.map(({ source, text }) => [language, "value", source, text]),
  ];
  return `\uFEFF${stringify([[...glossaryCsvColumns], ...rows], { escape_formulas: true, record_delimiter: "windows" })}`;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

const cannotRead = (reason: MessageText) =>
  invalidInput({ file: serverMessage("The file cannot be read: {reason}.", { reason }) });

/**
 * A glossary CSV → the glossary form's input, checked by the form's own schema. Problems are reported per line of
 * the file ("line 3"), and the file as a whole ("file") for its header, syntax and language.
 */
export function parseOptionGlossaryCsv(csv: string): OptionTranslationsInput {
  let rows: ParsedRecord[];
  try {
    // csv-parse's types leave out what `info` and `raw` add to each record.
    rows = parse(csv, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: 64 * 1024,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw cannotRead(
      serverMessage(
        error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED"
          ? "a quoted cell is never closed"
          : "it is not valid CSV",
      ),
    );
  }
  const header = rows[0]?.record;
  const records = rows.slice(1);
  if (!header || header.map((cell) => cell.trim().toLowerCase()).join(",") !== glossaryCsvColumns.join(",")) {
    throw invalidInput({
      file: serverMessage("The first line must name the columns {columns}.", {
        columns: glossaryCsvColumns.join(", "),
      }),
    });
  }
  if (records.length === 0) throw invalidInput({ file: "The file has no texts." });
  const languages = [...new Set(records.map(({ record }) => record[0]?.trim() ?? ""))];
  if (languages.length > 1) {
    throw invalidInput({
      file: serverMessage("Every line must be in one language; this file has {languages}.", {
        languages: languages.join(", "),
      }),
    });
  }
  const form: Record<string, string> = { language: languages[0] ?? "" };
  const lineOf = new Map<string, number>();
  const fields: FieldMessages = {};
  for (const { record: cells, info, raw } of records) {
    // The line the record starts on, blank lines counted (info.lines is where it ends; a cell may hold line breaks).
    const line = info.lines - (raw.match(/\n/g)?.length ?? 0);
    const [, kind = "", source = "", text = ""] = cells.map(unguardCell);
    const key = `${kind.trim()}:${source}`;
    if (cells.length !== glossaryCsvColumns.length) {
      fields[`line ${line}`] = serverMessage("This line must have {count} cells.", {
        count: glossaryCsvColumns.length,
      });
    } else if (kind.trim() !== "name" && kind.trim() !== "value") {
      fields[`line ${line}`] = "The kind must be name or value.";
    } else if (lineOf.has(key)) {
      fields[`line ${line}`] = serverMessage("This text is already on line {line}.", { line: String(lineOf.get(key)) });
    } else {
      lineOf.set(key, line);
      form[key] = text;
    }
  }
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
  const parsed = optionTranslationsFormSchema.safeParse(form);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? "language");
    const at = key === "language" ? "file" : `line ${lineOf.get(key) ?? "?"}`;
    fields[at] ??= issue.message;
  }
  throw invalidInput(fields);
}
