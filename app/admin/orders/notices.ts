// What the order page says after a staff action; the action redirects with one of these keys (never free text).
export const orderNotices = {
  shipped: "Marked as shipped. The shopper gets an e-mail with the carrier and tracking number.",
  delivered: "Marked as delivered.",
  refunded: "Refund booked: the credit note is issued and the shopper is e-mailed.",
  "refund-pending": "The payment service accepted the refund; it is booked when the service confirms it.",
  cancelled: "The order is cancelled and its items are released.",
  "cancelled-refunded": "The order is cancelled, refunded in full, and its items are back in stock.",
  "cancel-pending": "The refund is with the payment service; the order is cancelled when it confirms.",
  "cash-received": "Cash recorded: the order is paid, its invoice issued and the shopper e-mailed.",
  "confirmation-sent": "The order confirmation is queued to be sent again.",
  "transfer-paid": "Transfer recorded: the order is paid, its invoice issued and the shopper e-mailed.",
  "transfer-short": "Transfer recorded, but less than the amount due: the order still awaits the rest.",
  "transfer-over": "Transfer recorded, but more than the amount due: accept it or refund the difference.",
} as const;

export type OrderNotice = keyof typeof orderNotices;

export function orderNotice(key: unknown): string | null {
  return typeof key === "string" && Object.hasOwn(orderNotices, key) ? orderNotices[key as OrderNotice] : null;
}
