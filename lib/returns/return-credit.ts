import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { InvoiceLine } from "@/lib/invoices/invoice-document";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { translator } from "@/lib/i18n/translator";

// What a return gives back, line by line. A line's units are worth what was paid for them: its gross less its share
// of the order discount, and the VAT in that. Units are credited cumulatively: once n of a line's Q units have been
// refunded through returns, together they have been credited round(paid × n / Q) (and the VAT likewise), each
// return getting the difference. So every unit is worth the same to within a cent, and when all Q units have come
// back the line's credits add up to exactly what the invoice charged for it.

export interface ReturnCreditLine {
  returnLineId: string;
  quantity: number;
  creditMinor: number;
  creditVatMinor: number;
}

const share = (total: number, units: number, of: number) => Math.round((total * units) / of);

/**
 * The credit for each line of a return, counting the units of the same order lines already refunded (or being
 * refunded) through other returns. Call it under the order's row lock, which every refund of the order takes.
 */
export async function returnCredits(tx: Tx, returnId: string): Promise<ReturnCreditLine[]> {
  const lines = await tx.returnLine.findMany({
    where: { returnId },
    include: { orderLine: true },
    orderBy: { orderLine: { position: "asc" } },
  });
  const earlier = await tx.returnLine.findMany({
    where: {
      orderLineId: { in: lines.map((line) => line.orderLineId) },
      returnId: { not: returnId },
      creditMinor: { not: null },
      returnRequest: { refunds: { some: { status: { in: ["PENDING", "SUCCEEDED"] } } } },
    },
    select: { orderLineId: true, quantity: true, creditMinor: true, creditVatMinor: true },
  });
  return lines.map((line) => {
    const before = earlier.filter((e) => e.orderLineId === line.orderLineId);
    const units = before.reduce((sum, e) => sum + e.quantity, 0);
    const credited = before.reduce((sum, e) => sum + (e.creditMinor ?? 0), 0);
    const creditedVat = before.reduce((sum, e) => sum + (e.creditVatMinor ?? 0), 0);
    const { quantity: bought, grossMinor, discountMinor, vatMinor } = line.orderLine;
    const upTo = Math.min(bought, units + line.quantity);
    const creditMinor = Math.max(0, share(grossMinor - discountMinor, upTo, bought) - credited);
    const creditVatMinor = Math.min(creditMinor, Math.max(0, share(vatMinor, upTo, bought) - creditedVat));
    return { returnLineId: line.id, quantity: line.quantity, creditMinor, creditVatMinor };
  });
}

/** The credit note lines of a return's refund, from the credits stored when the refund was opened. */
export async function creditLinesForReturn(
  tx: Tx,
  input: { returnId: string; amountMinor: number },
): Promise<InvoiceLine[]> {
  const ret = await tx.returnRequest.findUniqueOrThrow({
    where: { id: input.returnId },
    select: {
      number: true,
      order: { select: { locale: true } },
      lines: { include: { orderLine: true }, orderBy: { orderLine: { position: "asc" } } },
    },
  });
  // In the order's language, like its invoice.
  const t = translator(isEnabledLanguage(ret.order.locale) ? ret.order.locale : defaultLanguage);
  const lines: InvoiceLine[] = ret.lines
    .filter((line) => (line.creditMinor ?? 0) > 0)
    .map((line) => {
      const grossMinor = line.creditMinor ?? 0;
      const vatMinor = line.creditVatMinor ?? 0;
      const { productName, variantTitle, sku, vatRateBps } = line.orderLine;
      return {
        description: t("invoice.returnLine", {
          number: ret.number,
          item: variantTitle ? `${productName} – ${variantTitle} (${sku})` : productName,
        }),
        quantity: line.quantity,
        unitPriceMinor: Math.round(grossMinor / line.quantity),
        vatRatePercent: vatRateBps / 100,
        netMinor: grossMinor - vatMinor,
        vatMinor,
        grossMinor,
      };
    });
  const total = lines.reduce((sum, line) => sum + line.grossMinor, 0);
  if (total !== input.amountMinor) {
    throw new AppError(
      "conflict",
      `Return ${ret.number}'s lines add up to ${total}, its refund to ${input.amountMinor}.`,
    );
  }
  return lines;
}
