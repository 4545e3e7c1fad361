import { createHash } from "node:crypto";
import type { MessageText } from "@/lib/i18n/server-message";
import type { Money } from "@/lib/money/money";

/** One incoming payment read from a bank statement, whatever the statement's format. */
export interface StatementCredit {
  /**
   * Stable across uploads of the same statement: the bank's own entry reference when it gives one, otherwise a hash
   * of the entry's content and its occurrence among identical entries. Stored when applied, so nothing pays twice.
   */
  entryId: string;
  /** YYYY-MM-DD */
  bookedOn: string;
  amount: Money;
  /** Reference texts as the bank gave them (EndToEndId, creditor reference, remittance text, CSV reference). */
  references: string[];
  /** Variable symbols read from those references, normalized (no leading zeros), best first. */
  variableSymbols: string[];
  counterparty: { name: string | null; account: string | null };
}

export interface ParsedStatement {
  format: "camt.053" | "csv";
  /** The statement's own id when it has one. */
  statementId: string | null;
  credits: StatementCredit[];
  /** Entries skipped and why (debits, pending entries, reversals), for the preview. */
  skipped: { entry: string; reason: string }[];
}

/** A statement that cannot be read; `line` (when known) points at the problem. */
export class StatementFormatError extends Error {
  override name = "StatementFormatError";
  /** The message as written (fixed or templated), for translation where it reaches staff. */
  readonly text: MessageText;
  constructor(
    message: MessageText,
    readonly line?: number,
  ) {
    super(String(message));
    this.text = message;
  }
}

/**
 * Ids for entries that carry no bank reference: the same content gets the same id in every upload, and the n-th
 * identical entry within one statement gets its own (two equal payments on one day are two payments).
 */
export function contentEntryIds(prefix: string, contents: string[]): string[] {
  const seen = new Map<string, number>();
  return contents.map((content) => {
    const occurrence = (seen.get(content) ?? 0) + 1;
    seen.set(content, occurrence);
    const digest = createHash("sha256").update(`${content}\u0000${occurrence}`).digest("hex").slice(0, 32);
    return `${prefix}:${digest}`;
  });
}
