import type { ShopIdentity } from "@/lib/shop/shop-identity";
import { EmailLayout, buttonStyle, textSignature } from "./email-layout";
import type { OrderEmailData } from "./order-email-data";
import { type RenderedEmail, renderEmail, textBody } from "./rendered-email";

export interface ShipmentInfo {
  carrier: string | null;
  trackingNumber: string | null;
}

export function OrderShipped({
  shop,
  order,
  shipment,
}: {
  shop: ShopIdentity;
  order: OrderEmailData;
  shipment: ShipmentInfo;
}) {
  return (
    <EmailLayout shop={shop} title={`Order ${order.orderNumber} shipped`}>
      <h1 style={{ fontSize: 22 }}>Your order is on its way</h1>
      <p>
        Hello {order.customerName}, order {order.orderNumber} left our warehouse
        {shipment.carrier ? ` with ${shipment.carrier}` : ""}.
      </p>
      {shipment.trackingNumber && <p>Tracking number: {shipment.trackingNumber}</p>}
      <p style={{ whiteSpace: "pre-line" }}>
        {[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}
      </p>
      <p>
        <a href={order.orderUrl} style={buttonStyle}>
          View your order
        </a>
      </p>
    </EmailLayout>
  );
}

export function orderShippedEmail(order: OrderEmailData, shipment: ShipmentInfo, shop: ShopIdentity): RenderedEmail {
  return renderEmail(
    `Order ${order.orderNumber} shipped`,
    <OrderShipped shop={shop} order={order} shipment={shipment} />,
    textBody([
      `Hello ${order.customerName},`,
      `order ${order.orderNumber} left our warehouse${shipment.carrier ? ` with ${shipment.carrier}` : ""}.`,
      shipment.trackingNumber && `Tracking number: ${shipment.trackingNumber}`,
      `Shipping to:\n${[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}`,
      `Your order: ${order.orderUrl}`,
      textSignature(shop),
    ]),
  );
}
