import type { StatementPreview } from "@/lib/payments/bank-transfer/preview-bank-statement";
import { translateServerText } from "@/lib/i18n/server-text";
import type { Translator } from "@/lib/i18n/translator";
import { formatAmount, formatDay } from "@/app/admin/_lib/format";

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

/** The page's language: the words (a translator) and the locale for dates and amounts. */
export interface StatementWords {
  t: Translator;
  language: string;
  locale: string;
}

/**
 * What the page shows of a preview, as plain strings in the page's language (server action state crosses to the
 * browser). The matcher's reasons are English domain text, translated through the catalog's serverText.
 */
export function summarize(
  preview: StatementPreview,
  { t, language, locale }: StatementWords,
): { rows: PreviewRow[]; applicable: number; skipped: number } {
  const rows = preview.matches.map((match, index): PreviewRow => {
    const money = (amountMinor: number, currency: string) => formatAmount(amountMinor, currency, locale);
    const { credit } = match;
    const base = {
      key: `${index}-${credit.entryId}`,
      // A booking day (YYYY-MM-DD) at noon UTC is that same day in the shop's time zone.
      bookedOn: formatDay(`${credit.bookedOn}T12:00:00Z`, locale),
      amount: money(credit.amount.amountMinor, credit.amount.currency),
      reference: credit.references.join(" · ") || "—",
      payer: credit.counterparty.name ?? "—",
    };
    switch (match.kind) {
      case "matched":
        return {
          ...base,
          result: t(`admin.bankStatements.amountCheck.${match.amountCheck}`, {
            amount: money(Math.abs(match.differenceMinor), credit.amount.currency),
          }),
          orderId: match.order.orderId,
          orderNumber: match.order.orderNumber,
          applies: match.amountCheck === "exact",
        };
      case "ambiguous":
        return {
          ...base,
          result: t("admin.bankStatements.ambiguous", {
            reason: translateServerText(match.reason, language),
            orders: match.candidates.map((c) => c.orderNumber).join(", "),
          }),
          orderId: null,
          orderNumber: null,
          applies: false,
        };
      case "unmatched":
        return {
          ...base,
          result: t("admin.bankStatements.unmatched", { reason: translateServerText(match.reason, language) }),
          orderId: null,
          orderNumber: null,
          applies: false,
        };
      case "already_recorded":
        return {
          ...base,
          result: t("admin.bankStatements.alreadyRecorded"),
          orderId: null,
          orderNumber: null,
          applies: false,
        };
    }
  });
  return { rows, applicable: preview.applicable, skipped: preview.skipped.length };
}
