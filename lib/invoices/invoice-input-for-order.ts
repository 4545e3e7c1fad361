import { storedAddressSchema } from "@/lib/orders/schemas";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { IssueInvoiceInput } from "./schemas";
import type { InvoiceLine } from "./invoice-document";

const PAYMENT_METHODS: Record<string, string> = { stripe: "Card (Stripe)", test: "Test payment (no money moved)" };

/**
 * The invoice of an order, from its line snapshots: each line after its share of the discount, and shipping as a
 * line of its own at the standard rate. Its totals must equal the order's, or nothing is issued.
 */
export async function invoiceInputForOrder(db: Db | Tx, orderId: string, paidAt: Date): Promise<IssueInvoiceInput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  const lines: InvoiceLine[] = order.lines.map((line) => {
    const grossMinor = line.grossMinor - line.discountMinor;
    return {
      description: line.variantTitle ? `${line.productName} – ${line.variantTitle} (${line.sku})` : line.productName,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      vatRatePercent: line.vatRateBps / 100,
      netMinor: grossMinor - line.vatMinor,
      vatMinor: line.vatMinor,
      grossMinor,
    };
  });
  if (order.shippingMinor > 0) {
    const shippingVat = order.vatMinor - lines.reduce((sum, line) => sum + line.vatMinor, 0);
    lines.push({
      description: `Shipping (${order.shippingMethod})`,
      quantity: 1,
      unitPriceMinor: order.shippingMinor,
      vatRatePercent: env.SHOP_STANDARD_VAT_BPS / 100,
      netMinor: order.shippingMinor - shippingVat,
      vatMinor: shippingVat,
      grossMinor: order.shippingMinor,
    });
  }
  const gross = lines.reduce((sum, line) => sum + line.grossMinor, 0);
  if (gross !== order.totalMinor) {
    throw new Error(`order ${order.number}: invoice lines total ${gross}, order total ${order.totalMinor}`);
  }
  const address = storedAddressSchema.parse(order.shippingAddress);
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    buyer: {
      name: address.name,
      addressLines: [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country].filter(
        (line): line is string => Boolean(line),
      ),
      email: order.email,
    },
    lines,
    paymentMethod: PAYMENT_METHODS[order.paymentProvider] ?? order.paymentProvider,
    taxableSupplyAt: paidAt,
  };
}
