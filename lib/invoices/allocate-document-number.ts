import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";

export type DocumentSeries = "invoice" | "credit-note";

const PREFIX: Record<DocumentSeries, string> = { invoice: "", "credit-note": "CN-" };

/** The calendar year of an instant in the shop's time zone (an invoice at 00:30 on 1 January belongs to the new year). */
export function yearInShopTimeZone(at: Date, timeZone: string = env.SHOP_TIME_ZONE): number {
  return Number(new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" }).format(at));
}

export function formatDocumentNumber(series: DocumentSeries, year: number, sequence: number): string {
  return `${PREFIX[series]}${year}-${String(sequence).padStart(6, "0")}`;
}

/**
 * Takes the next number of a series for the year, e.g. 2026-000001. The upsert locks the counter row until the
 * caller's transaction ends: concurrent issuers wait in turn, and a rolled-back transaction returns its number,
 * so the sequence has no gaps and no duplicates.
 */
export async function allocateDocumentNumber(tx: Tx, series: DocumentSeries, at: Date): Promise<string> {
  const year = yearInShopTimeZone(at);
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO document_counters (series, year, "lastNumber") VALUES (${series}, ${year}, 1)
    ON CONFLICT (series, year) DO UPDATE SET "lastNumber" = document_counters."lastNumber" + 1
    RETURNING "lastNumber"`;
  const sequence = rows[0]?.lastNumber;
  if (sequence === undefined) throw new Error("document counter returned no row");
  return formatDocumentNumber(series, year, sequence);
}
