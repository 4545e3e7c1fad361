// An invoice or credit note as plain data: everything its PDF shows, amounts in integer minor units.

export interface InvoiceParty {
  name: string;
  addressLines: string[];
  vatId?: string | null;
  companyId?: string | null;
  email?: string | null;
}

export interface InvoiceLine {
  description: string;
  quantity: number;
  /** Unit price including VAT. */
  unitPriceMinor: number;
  /** e.g. 21 for 21 %. */
  vatRatePercent: number;
  netMinor: number;
  vatMinor: number;
  /** netMinor + vatMinor. */
  grossMinor: number;
}

export interface VatRateTotal {
  vatRatePercent: number;
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
}

export interface InvoiceDocument {
  kind: "invoice" | "credit-note";
  number: string;
  /** ISO 8601 timestamps. */
  issuedAt: string;
  taxableSupplyAt: string;
  currency: string;
  locale: string;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  lines: InvoiceLine[];
  vatBreakdown: VatRateTotal[];
  totals: { netMinor: number; vatMinor: number; grossMinor: number };
  paymentMethod: string;
  orderNumber: string | null;
  /** For a credit note: the invoice it corrects. */
  correctsInvoiceNumber: string | null;
}

/** Sums lines per VAT rate (highest rate first) and overall. Amounts come from the lines, never recomputed. */
export function summarizeLines(lines: InvoiceLine[]): Pick<InvoiceDocument, "vatBreakdown" | "totals"> {
  const byRate = new Map<number, VatRateTotal>();
  for (const line of lines) {
    const row = byRate.get(line.vatRatePercent) ?? {
      vatRatePercent: line.vatRatePercent,
      netMinor: 0,
      vatMinor: 0,
      grossMinor: 0,
    };
    row.netMinor += line.netMinor;
    row.vatMinor += line.vatMinor;
    row.grossMinor += line.grossMinor;
    byRate.set(line.vatRatePercent, row);
  }
  const vatBreakdown = [...byRate.values()].sort((a, b) => b.vatRatePercent - a.vatRatePercent);
  const totals = vatBreakdown.reduce(
    (sum, row) => ({
      netMinor: sum.netMinor + row.netMinor,
      vatMinor: sum.vatMinor + row.vatMinor,
      grossMinor: sum.grossMinor + row.grossMinor,
    }),
    { netMinor: 0, vatMinor: 0, grossMinor: 0 },
  );
  return { vatBreakdown, totals };
}
