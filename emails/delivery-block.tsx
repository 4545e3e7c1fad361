import type { OrderEmailData } from "./order-email-data";

// Where the order goes, shared by the order e-mails: the delivery address, or for click & collect the pickup
// location and its opening hours. A test order also says that no money moved.

export const TEST_ORDER_NOTICE = "Test mode — no real payment was taken for this order, and it will not be delivered.";

export function DeliveryBlock({ order }: { order: OrderEmailData }) {
  return order.pickup ? (
    <>
      <h2 style={{ fontSize: 16, marginTop: 20 }}>Collect at ({order.deliveryMethod})</h2>
      <p style={{ whiteSpace: "pre-line" }}>
        {[
          order.pickup.name,
          ...order.pickup.lines,
          order.pickup.openingHours ? `Open ${order.pickup.openingHours}` : "",
        ]
          .filter(Boolean)
          .join("\n")}
      </p>
      <p>Collected by: {order.shippingAddress.name}</p>
    </>
  ) : (
    <>
      <h2 style={{ fontSize: 16, marginTop: 20 }}>Shipping to ({order.deliveryMethod})</h2>
      <p style={{ whiteSpace: "pre-line" }}>
        {[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}
      </p>
    </>
  );
}

export function deliveryText(order: OrderEmailData): string {
  if (order.pickup) {
    const hours = order.pickup.openingHours ? [`Open ${order.pickup.openingHours}`] : [];
    return `Collect at (${order.deliveryMethod}):\n${[order.pickup.name, ...order.pickup.lines, ...hours].join("\n")}\nCollected by: ${order.shippingAddress.name}`;
  }
  return `Shipping to:\n${[order.shippingAddress.name, ...order.shippingAddress.lines].join("\n")}`;
}

export function TestOrderNotice({ order }: { order: OrderEmailData }) {
  return order.testOrder ? (
    <p style={{ padding: 8, background: "#fff3c4", border: "1px solid #8a6d00" }}>
      <strong>{TEST_ORDER_NOTICE}</strong>
    </p>
  ) : null;
}
