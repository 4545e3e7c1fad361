import { vatIncluded } from "@/lib/checkout/pricing";
import { pickupSnapshotSchema } from "@/lib/orders/schemas";
import { invoiceBuyer } from "@/lib/buyers/invoice-buyer";
import type { Db, Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";
import { translator } from "@/lib/i18n/translator";
import type { IssueInvoiceInput } from "./schemas";
import type { InvoiceLine } from "./invoice-document";

const PAYMENT_PROVIDERS = ["stripe", "test", "bank_transfer", "cash_on_delivery"] as const;
const isKnownProvider = (name: string): name is (typeof PAYMENT_PROVIDERS)[number] =>
  (PAYMENT_PROVIDERS as readonly string[]).includes(name);

/**
 * The invoice of an order, from its line snapshots: each line after its share of the discount, and shipping as a
 * line of its own at the standard rate. Its totals must equal the order's, or nothing is issued. Written in the
 * language the order was placed in.
 */
export async function invoiceInputForOrder(db: Db | Tx, orderId: string, paidAt: Date): Promise<IssueInvoiceInput> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { position: "asc" } } },
  });
  const language = isEnabledLanguage(order.locale) ? order.locale : defaultLanguage;
  const t = translator(language);
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
  // Shipping and the cash-on-delivery surcharge were taxed as one amount at the standard rate (pricing); the
  // surcharge's share is its own VAT-included part, shipping keeps the rest, so the VAT still adds up exactly.
  const deliveryVat = order.vatMinor - lines.reduce((sum, line) => sum + line.vatMinor, 0);
  const surchargeVat = order.surchargeMinor > 0 ? vatIncluded(order.surchargeMinor, env.SHOP_STANDARD_VAT_BPS) : 0;
  const pickup = order.pickupSnapshot === null ? null : pickupSnapshotSchema.parse(order.pickupSnapshot);
  if (order.shippingMinor > 0 || pickup) {
    const shippingVat = deliveryVat - surchargeVat;
    lines.push({
      description: pickup
        ? t("invoice.pickupLine", {
            method: order.shippingMethod,
            place: `${pickup.name}, ${pickup.line1}, ${pickup.postalCode} ${pickup.city}`,
          })
        : t("invoice.shippingLine", { method: order.shippingMethod }),
      quantity: 1,
      unitPriceMinor: order.shippingMinor,
      vatRatePercent: env.SHOP_STANDARD_VAT_BPS / 100,
      netMinor: order.shippingMinor - shippingVat,
      vatMinor: shippingVat,
      grossMinor: order.shippingMinor,
    });
  }
  if (order.surchargeMinor > 0) {
    lines.push({
      description: t("invoice.surchargeLine"),
      quantity: 1,
      unitPriceMinor: order.surchargeMinor,
      vatRatePercent: env.SHOP_STANDARD_VAT_BPS / 100,
      netMinor: order.surchargeMinor - surchargeVat,
      vatMinor: surchargeVat,
      grossMinor: order.surchargeMinor,
    });
  }
  const gross = lines.reduce((sum, line) => sum + line.grossMinor, 0);
  if (gross !== order.totalMinor) {
    throw new Error(`order ${order.number}: invoice lines total ${gross}, order total ${order.totalMinor}`);
  }
  return {
    orderId: order.id,
    orderNumber: order.number,
    currency: order.currency,
    buyer: invoiceBuyer(order),
    lines,
    paymentMethod: isKnownProvider(order.paymentProvider)
      ? t(`invoice.paymentMethods.${order.paymentProvider}`)
      : order.paymentProvider,
    taxableSupplyAt: paidAt,
    testMode: order.paymentProvider === "test",
    language,
  };
}
