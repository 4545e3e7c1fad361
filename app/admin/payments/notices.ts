// What the Payments page says after a change; actions redirect with one of these keys (never free text). The texts
// are in the catalog under adminSettings.payments.notices.
export const paymentsNoticeKeys = ["method-saved", "account-created", "account-saved", "account-deleted"] as const;

export type PaymentsNotice = (typeof paymentsNoticeKeys)[number];
