import type { Db, Tx } from "@/lib/db";
import type { AwaitingOrder } from "./match-credits";
import { normalizeVariableSymbol } from "./payment-reference";

/**
 * Bank-transfer orders awaiting payment whose reference is one of `references`, each with what is still due (the
 * total less transfers already recorded). The reference is the order number (payment-reference.ts), so this is an
 * index lookup, not a scan of every open order.
 */
export async function loadAwaitingOrders(db: Db | Tx, references: readonly string[]): Promise<AwaitingOrder[]> {
  if (references.length === 0) return [];
  const rows = await db.$queryRaw<
    { id: string; number: string; totalMinor: number; currency: string; received: bigint }[]
  >`
    SELECT o.id, o.number, o."totalMinor", o.currency,
           COALESCE((SELECT SUM(t."amountMinor") FROM bank_transfers t WHERE t."orderId" = o.id), 0)::bigint AS received
    FROM orders o
    WHERE o.number = ANY(${[...references]}::text[])
      AND o.status = 'PENDING_PAYMENT' AND o."paymentMethod" = 'bank_transfer'`;
  return rows.map((row) => ({
    orderId: row.id,
    orderNumber: row.number,
    reference: normalizeVariableSymbol(row.number),
    amount: { amountMinor: row.totalMinor - Number(row.received), currency: row.currency },
  }));
}
