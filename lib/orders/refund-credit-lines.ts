import type { Tx } from "@/lib/db";
import { allocateProportionally, vatIncluded } from "@/lib/checkout/pricing";
import { AppError } from "@/lib/errors";
import { translator } from "@/lib/i18n/translator";
import {
  type InvoiceDocument,
  type InvoiceLine,
  type VatRateTotal,
  parseInvoiceDocument,
} from "@/lib/invoices/invoice-document";

// How a refund is written on its credit note. A refund of an arbitrary amount is split over the invoice's VAT
// rates in proportion to what each rate still holds (invoiced minus already credited), by the largest-remainder
// method, so the shares add up to the refund exactly. Each share's VAT is the VAT contained in it at its rate,
// kept within what that rate still holds; a share that empties its rate takes all of its remaining VAT. So
// whatever sequence of partial refunds an order sees, once it is refunded in full its credit notes add up to its
// invoice exactly, per rate, in gross, VAT and net.

export interface RateBalance {
  vatRatePercent: number;
  grossMinor: number;
  vatMinor: number;
}

/** Splits `amountMinor` over the rates' remaining balances. Pure; the shares sum to the amount exactly. */
export function splitRefundOverRates(remaining: RateBalance[], amountMinor: number): VatRateTotal[] {
  const available = remaining.reduce((sum, rate) => sum + rate.grossMinor, 0);
  if (!Number.isInteger(amountMinor) || amountMinor <= 0 || amountMinor > available) {
    throw new AppError("conflict", "A refund must be more than zero and no more than what the invoice still holds.");
  }
  const shares = allocateProportionally(
    amountMinor,
    remaining.map((rate) => rate.grossMinor),
  );
  const rows: VatRateTotal[] = [];
  remaining.forEach((rate, i) => {
    const grossMinor = shares[i] ?? 0;
    if (grossMinor === 0) return;
    let vatMinor: number;
    if (grossMinor === rate.grossMinor) {
      vatMinor = rate.vatMinor;
    } else {
      const contained = vatIncluded(grossMinor, Math.round(rate.vatRatePercent * 100));
      // What is left of the rate must stay a possible invoice row: its VAT between 0 and its gross.
      const least = Math.max(0, rate.vatMinor - (rate.grossMinor - grossMinor));
      vatMinor = Math.min(rate.vatMinor, Math.max(least, contained));
    }
    rows.push({ vatRatePercent: rate.vatRatePercent, grossMinor, vatMinor, netMinor: grossMinor - vatMinor });
  });
  return rows;
}

/** What each VAT rate of an invoice still holds after the credit notes already issued against it. */
export function remainingByRate(invoice: InvoiceDocument, credited: InvoiceDocument[]): RateBalance[] {
  const byRate = new Map<number, RateBalance>();
  for (const row of invoice.vatBreakdown) {
    byRate.set(row.vatRatePercent, {
      vatRatePercent: row.vatRatePercent,
      grossMinor: row.grossMinor,
      vatMinor: row.vatMinor,
    });
  }
  for (const note of credited) {
    for (const row of note.vatBreakdown) {
      const balance = byRate.get(row.vatRatePercent);
      if (!balance) throw new Error(`credit note at ${row.vatRatePercent} % VAT, a rate its invoice does not have`);
      balance.grossMinor -= row.grossMinor;
      balance.vatMinor -= row.vatMinor;
    }
  }
  return [...byRate.values()].sort((a, b) => b.vatRatePercent - a.vatRatePercent);
}

/**
 * The credit note lines for a refund of an order. A refund of everything before anything else was credited
 * repeats the invoice's lines; any other refund gets one line per VAT rate from splitRefundOverRates.
 */
export async function creditLinesForRefund(
  tx: Tx,
  input: { orderId: string; orderNumber: string; amountMinor: number },
): Promise<InvoiceLine[]> {
  const invoice = await tx.invoice.findUnique({
    where: { orderId: input.orderId },
    select: { document: true, creditNotes: { select: { document: true } } },
  });
  if (!invoice) throw new AppError("conflict", "The order has no invoice to credit.");
  const document = parseInvoiceDocument(invoice.document);
  const credited = invoice.creditNotes.map((note) => parseInvoiceDocument(note.document));
  if (credited.length === 0 && input.amountMinor === document.totals.grossMinor) return document.lines;
  // In the invoice's language, like the credit note itself.
  const t = translator(document.language ?? "en");
  return splitRefundOverRates(remainingByRate(document, credited), input.amountMinor).map((row) => ({
    description: t("invoice.refundLine", { number: input.orderNumber, rate: String(row.vatRatePercent) }),
    quantity: 1,
    unitPriceMinor: row.grossMinor,
    vatRatePercent: row.vatRatePercent,
    netMinor: row.netMinor,
    vatMinor: row.vatMinor,
    grossMinor: row.grossMinor,
  }));
}
