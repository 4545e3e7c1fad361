// What the Delivery overview says after a change; actions redirect with one of these keys (never free text). The
// texts are in the catalog under adminSettings.delivery.notices.
export const deliveryNoticeKeys = [
  "zone-created",
  "zone-saved",
  "zone-deleted",
  "method-created",
  "method-saved",
  "method-deleted",
  "pickup-created",
  "pickup-saved",
  "pickup-deleted",
] as const;

export type DeliveryNotice = (typeof deliveryNoticeKeys)[number];
