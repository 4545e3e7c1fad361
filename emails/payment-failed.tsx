import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { OrderSummary, orderSummaryText } from "./order-summary";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export function PaymentFailed({ shop, order }: { shop: ShopIdentity; order: OrderEmailData }) {
  return (
    <EmailLayout shop={shop} title={`Payment for order ${order.orderNumber} failed`}>
      <h1 style={{ fontSize: 22 }}>Your payment did not go through</h1>
      <p>
        Hello {order.customerName}, the payment for order {order.orderNumber} failed and nothing was charged. You can
        try again from your order page.
      </p>
      <OrderSummary order={order} locale={shop.locale} />
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          Try the payment again
        </a>
      </p>
    </EmailLayout>
  );
}

export function paymentFailedEmail(order: OrderEmailData, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `Payment for order ${order.orderNumber} failed`,
    <PaymentFailed shop={shop} order={order} />,
    textBody([
      `Hello ${order.customerName},`,
      `the payment for order ${order.orderNumber} failed and nothing was charged. You can try again from your order page:`,
      order.orderUrl,
      orderSummaryText(order, shop.locale),
      textSignature(shop),
    ]),
  );
}
