import { parseCamt053 } from "./parse-camt053";
import { parseStatementCsv } from "./parse-statement-csv";
import type { ParsedStatement } from "./statement-credit";

/** camt.053 when the file is XML, the simple CSV otherwise: staff need not say which they upload. */
export function parseStatement(content: string): ParsedStatement {
  const start = content.replace(/^\uFEFF/, "").trimStart();
  return start.startsWith("<") ? parseCamt053(start) : parseStatementCsv(content);
}
