import type { Money } from "@/lib/money/money";
import type { StatementCredit } from "./statement-credit";

/** An order waiting for a bank transfer, as matching needs it. */
export interface AwaitingOrder {
  orderId: string;
  orderNumber: string;
  /** Its variable symbol, normalized (see payment-reference.ts). */
  reference: string;
  /** What the shopper was asked to pay. */
  amount: Money;
}

/** How a credit's amount compares with the order it pays. Only "exact" pays an order without a person. */
export type AmountCheck = "exact" | "underpaid" | "overpaid" | "other_currency";

export type CreditMatch =
  | {
      kind: "matched";
      credit: StatementCredit;
      order: AwaitingOrder;
      amountCheck: AmountCheck;
      differenceMinor: number;
    }
  | { kind: "ambiguous"; credit: StatementCredit; candidates: AwaitingOrder[]; reason: string }
  | { kind: "unmatched"; credit: StatementCredit; reason: string }
  | { kind: "already_recorded"; credit: StatementCredit };

export function compareAmount(paid: Money, due: Money): { amountCheck: AmountCheck; differenceMinor: number } {
  if (paid.currency !== due.currency) return { amountCheck: "other_currency", differenceMinor: 0 };
  const differenceMinor = paid.amountMinor - due.amountMinor;
  const amountCheck = differenceMinor === 0 ? "exact" : differenceMinor < 0 ? "underpaid" : "overpaid";
  return { amountCheck, differenceMinor };
}

/** A match the shop may apply by itself: one order, one credit, the exact amount. */
export function isApplicable(match: CreditMatch): match is Extract<CreditMatch, { kind: "matched" }> {
  return match.kind === "matched" && match.amountCheck === "exact";
}

/**
 * Pairs statement credits with awaiting orders by reference, then checks the amount. A credit whose references name
 * several awaiting orders, or several credits naming one order, are ambiguous: a person decides. Credits whose entry
 * was recorded before (`recordedEntryIds`) are reported as such and never matched again.
 */
export function matchCredits(
  credits: readonly StatementCredit[],
  awaiting: readonly AwaitingOrder[],
  recordedEntryIds: ReadonlySet<string> = new Set(),
): CreditMatch[] {
  const byReference = new Map<string, AwaitingOrder>();
  for (const order of awaiting) byReference.set(order.reference, order);

  const first: CreditMatch[] = credits.map((credit) => {
    if (recordedEntryIds.has(credit.entryId)) return { kind: "already_recorded", credit };
    const candidates = [...new Set(credit.variableSymbols.flatMap((symbol) => byReference.get(symbol) ?? []))];
    const [only, ...others] = candidates;
    if (only === undefined) {
      const reason =
        credit.variableSymbols.length === 0
          ? "No payment reference in the transfer."
          : `No order awaiting payment has the reference ${credit.variableSymbols.join(", ")}.`;
      return { kind: "unmatched", credit, reason };
    }
    if (others.length > 0) {
      return { kind: "ambiguous", credit, candidates, reason: "The transfer names several orders." };
    }
    return { kind: "matched", credit, order: only, ...compareAmount(credit.amount, only.amount) };
  });

  // Two credits for one order: a split or a duplicate payment; applying either could be wrong.
  const creditsPerOrder = new Map<string, number>();
  for (const match of first) {
    if (match.kind === "matched") {
      creditsPerOrder.set(match.order.orderId, (creditsPerOrder.get(match.order.orderId) ?? 0) + 1);
    }
  }
  return first.map((match) =>
    match.kind === "matched" && (creditsPerOrder.get(match.order.orderId) ?? 0) > 1
      ? {
          kind: "ambiguous",
          credit: match.credit,
          candidates: [match.order],
          reason: `Several transfers in this statement name order ${match.order.orderNumber}.`,
        }
      : match,
  );
}
