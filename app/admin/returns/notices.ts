// What the return page says after a staff step; the action redirects with one of these keys (never free text).
export const returnNotices = {
  approved: "Return approved. The shopper is e-mailed where to send the items.",
  rejected: "Return rejected. The shopper is e-mailed your note.",
  received: "Marked as received. Ticked lines are back in stock; the shopper is e-mailed.",
  refunded: "Refund booked: the credit note is issued and the shopper is e-mailed.",
  "refund-pending": "The payment service accepted the refund; it is booked when the service confirms it.",
} as const;

export type ReturnNotice = keyof typeof returnNotices;

export function returnNotice(key: unknown): string | null {
  return typeof key === "string" && Object.hasOwn(returnNotices, key) ? returnNotices[key as ReturnNotice] : null;
}
