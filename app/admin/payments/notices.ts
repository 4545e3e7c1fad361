// What the Payments page says after a change; actions redirect with one of these keys (never free text).
export const paymentsNotices = {
  "method-saved": "Payment method saved. The checkout follows at once.",
  "account-created": "Bank account added.",
  "account-saved": "Bank account saved.",
  "account-deleted": "Bank account removed: bank transfer is no longer offered in its currency.",
} as const;

export type PaymentsNotice = keyof typeof paymentsNotices;
