import { addressLines } from "@/lib/delivery/address-lines";
import type { Db } from "@/lib/db";
import { getOrder } from "@/lib/orders/get-order";
import { orderPath } from "@/lib/orders/order-link";
import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { emailLanguage } from "@/emails/email-language";
import type { OrderEmailData } from "@/emails/order-email-data";

const percent = (bps: number) => bps / 100;

/**
 * An order as its e-mails show it, in the language it was placed in. The link is the signed one (in that language),
 * so a guest can open the order from the e-mail.
 */
export async function loadOrderEmailData(db: Db, orderId: string, shop: ShopIdentity): Promise<OrderEmailData> {
  // The worker acts for the shop: it may read any order it is asked to write about.
  const [order, placed] = await Promise.all([
    getOrder(db, orderId, { userId: null, linkValid: false, staff: true }),
    db.order.findUnique({ where: { id: orderId }, select: { locale: true } }),
  ]);
  const lang = emailLanguage(placed?.locale);
  const address = order.shippingAddress;
  return {
    orderNumber: order.number,
    customerName: address.name,
    currency: order.currency,
    lines: order.lines.map((line) => ({
      name: line.variantTitle ? `${line.productName} – ${line.variantTitle}` : line.productName,
      quantity: line.quantity,
      unitPriceMinor: line.unitPriceMinor,
      totalMinor: line.grossMinor,
      vatRatePercent: percent(line.vatRateBps),
    })),
    vatBreakdown: order.vatBreakdown.map((row) => ({
      vatRatePercent: percent(row.rateBps),
      netMinor: row.netMinor,
      vatMinor: row.vatMinor,
    })),
    shippingMinor: order.shippingMinor,
    surchargeMinor: order.surchargeMinor,
    discountMinor: order.discountMinor,
    deliveryMethod: order.shippingMethod,
    paymentMethod: lang.t(`email.paymentMethods.${order.paymentMethod}`),
    pickup: order.pickup
      ? {
          name: order.pickup.name,
          lines: addressLines(order.pickup, "none"),
          openingHours: order.pickup.openingHours,
        }
      : null,
    testOrder: order.paymentMethod === "test",
    totalMinor: order.totalMinor,
    shippingAddress: {
      name: address.name,
      lines: addressLines(address, "code"),
    },
    orderUrl: `${shop.baseUrl}${lang.path(orderPath(order.id))}`,
    language: lang.language,
  };
}
