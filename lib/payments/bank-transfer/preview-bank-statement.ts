import type { Db, Tx } from "@/lib/db";
import { serverMessage } from "@/lib/i18n/server-message";
import { AppError } from "@/lib/errors";
import { type CreditMatch, isApplicable, matchCredits } from "./match-credits";
import { loadAwaitingOrders } from "./load-awaiting-orders";
import { parseStatement } from "./parse-statement";
import { type ParsedStatement, StatementFormatError } from "./statement-credit";

export interface StatementPreview {
  format: ParsedStatement["format"];
  statementId: string | null;
  matches: CreditMatch[];
  skipped: ParsedStatement["skipped"];
  /** How many matches "apply" would pay now. */
  applicable: number;
}

/** Reads a statement file; a file that cannot be read is the uploader's error (422-style field message). */
export function readStatement(content: string): ParsedStatement {
  try {
    return parseStatement(content);
  } catch (error) {
    if (error instanceof StatementFormatError) {
      const message = typeof error.text === "string" ? serverMessage(error.text) : error.text;
      const field =
        error.line === undefined ? error.text : serverMessage("{message} (line {line})", { message, line: error.line });
      throw new AppError("invalid_input", error.text, { fields: { statement: field } });
    }
    throw error;
  }
}

/** Matches a parsed statement against the orders as they are now; entries recorded before are reported as such. */
export async function matchStatement(db: Db | Tx, statement: ParsedStatement): Promise<StatementPreview> {
  const symbols = [...new Set(statement.credits.flatMap((credit) => credit.variableSymbols))];
  const entryIds = statement.credits.map((credit) => credit.entryId);
  const [awaiting, recorded] = await Promise.all([
    loadAwaitingOrders(db, symbols),
    db.bankTransfer.findMany({ where: { statementEntryId: { in: entryIds } }, select: { statementEntryId: true } }),
  ]);
  const recordedIds = new Set(recorded.flatMap((row) => (row.statementEntryId ? [row.statementEntryId] : [])));
  const matches = matchCredits(statement.credits, awaiting, recordedIds);
  return {
    format: statement.format,
    statementId: statement.statementId,
    matches,
    skipped: statement.skipped,
    applicable: matches.filter(isApplicable).length,
  };
}

/** What staff see before applying: matched, ambiguous and unmatched credits. Changes nothing. */
export async function previewBankStatement(db: Db, content: string): Promise<StatementPreview> {
  return matchStatement(db, readStatement(content));
}
