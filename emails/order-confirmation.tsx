import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { DeliveryBlock, deliveryText, TEST_ORDER_NOTICE, TestOrderNotice } from "./delivery-block";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { type EmailAttachment, type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function OrderConfirmation({ shop, order }: { shop: ShopIdentity; order: OrderEmailData }) {
  return (
    <EmailLayout shop={shop} title={`Order ${order.orderNumber}`}>
      <TestOrderNotice order={order} />
      <h1 style={{ fontSize: 22 }}>Thank you for your order, {order.customerName}</h1>
      <p>We have received the payment for order {order.orderNumber}. Your invoice is attached.</p>
      <OrderSummary order={order} locale={shop.locale} />
      <DeliveryBlock order={order} />
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          View your order
        </a>
      </p>
    </EmailLayout>
  );
}

/** The invoice PDF, when one was issued, travels as an attachment. */
export function orderConfirmationEmail(
  order: OrderEmailData,
  shop: ShopIdentity,
  invoice: EmailAttachment | null,
): RenderedEmail {
  return renderEmail(
    `Order ${order.orderNumber} confirmed`,
    <OrderConfirmation shop={shop} order={order} />,
    textBody([
      ...(order.testOrder ? [TEST_ORDER_NOTICE] : []),
      `Thank you for your order, ${order.customerName}`,
      `We have received the payment for order ${order.orderNumber}.${invoice ? " Your invoice is attached." : ""}`,
      orderSummaryText(order, shop.locale),
      deliveryText(order),
      `Your order: ${order.orderUrl}`,
      textSignature(shop),
    ]),
    invoice ? [invoice] : [],
  );
}
