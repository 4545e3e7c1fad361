// Every event the shop sends, as staff subscribe to them. The database triggers in the webhooks migration write
// these names; lib/webhooks/payloads.ts documents each one's payload.
export const WEBHOOK_EVENT_TYPES = [
  "order.created",
  "order.confirmed",
  "order.paid",
  "order.shipped",
  "order.delivered",
  "order.cancelled",
  "order.refunded",
  "product.created",
  "product.updated",
  "stock.low",
  "contact.received",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by "send a test event", to the one endpoint asked for, whatever it subscribes to. */
export const TEST_EVENT_TYPE = "webhook.test";

export const webhookEventDescriptions: Record<WebhookEventType, string> = {
  "order.created": "An order was placed (it awaits payment).",
  "order.confirmed": "A cash-on-delivery order was confirmed: ship it; it is paid on delivery.",
  "order.paid": "An order's payment succeeded.",
  "order.shipped": "Staff shipped an order; `trackingNumber` and `carrier` are set.",
  "order.delivered": "A shipped order was marked delivered.",
  "order.cancelled": "An order was cancelled, or expired unpaid (`status` says which).",
  "order.refunded": "A refund succeeded, in part or in full (`refund` is this one; `refundedMinor` the total).",
  "product.created": "A product was created.",
  "product.updated": "A product or one of its variants changed (stock moves excepted).",
  "stock.low": "A variant's available units fell to the shop's low-stock threshold or below.",
  "contact.received": "A visitor sent a message through the contact form (spam excepted).",
};
