import { formatMoney } from "@/lib/money/money";
import type { StatementPreview } from "@/lib/payments/bank-transfer/preview-bank-statement";

export interface PreviewRow {
  key: string;
  bookedOn: string;
  amount: string;
  reference: string;
  payer: string;
  result: string;
  orderId: string | null;
  orderNumber: string | null;
  applies: boolean;
}

export type StatementState =
  | { status: "idle" }
  | { status: "error"; message: string }
  | { status: "preview"; statement: string; rows: PreviewRow[]; applicable: number; skipped: number }
  | { status: "applied"; paid: string[]; notApplied: number };

const CHECK = {
  exact: "Matched: the exact amount",
  underpaid: "Matched, but underpaid",
  overpaid: "Matched, but overpaid",
  other_currency: "Matched, but in another currency",
} as const;

/** What the page shows of a preview, as plain strings (server action state crosses to the browser). */
export function summarize(preview: StatementPreview): { rows: PreviewRow[]; applicable: number; skipped: number } {
  const rows = preview.matches.map((match, index): PreviewRow => {
    const money = (amountMinor: number, currency: string) => formatMoney({ amountMinor, currency }, "en-IE");
    const { credit } = match;
    const base = {
      key: `${index}-${credit.entryId}`,
      bookedOn: credit.bookedOn,
      amount: money(credit.amount.amountMinor, credit.amount.currency),
      reference: credit.references.join(" · ") || "—",
      payer: credit.counterparty.name ?? "—",
    };
    switch (match.kind) {
      case "matched": {
        const difference =
          match.amountCheck === "exact" || match.amountCheck === "other_currency"
            ? ""
            : ` by ${money(Math.abs(match.differenceMinor), credit.amount.currency)}`;
        return {
          ...base,
          result: `${CHECK[match.amountCheck]}${difference}`,
          orderId: match.order.orderId,
          orderNumber: match.order.orderNumber,
          applies: match.amountCheck === "exact",
        };
      }
      case "ambiguous":
        return {
          ...base,
          result: `Ambiguous: ${match.reason} (orders ${match.candidates.map((c) => c.orderNumber).join(", ")})`,
          orderId: null,
          orderNumber: null,
          applies: false,
        };
      case "unmatched":
        return { ...base, result: `Unmatched: ${match.reason}`, orderId: null, orderNumber: null, applies: false };
      case "already_recorded":
        return { ...base, result: "Recorded before", orderId: null, orderNumber: null, applies: false };
    }
  });
  return { rows, applicable: preview.applicable, skipped: preview.skipped.length };
}
