// What the Delivery overview says after a change; actions redirect with one of these keys (never free text).
export const deliveryNotices = {
  "zone-created": "Zone added. Its countries can be chosen at checkout once it has an active delivery method.",
  "zone-saved": "Zone saved. The checkout uses it at once.",
  "zone-deleted": "Zone deleted.",
  "method-created": "Delivery method added. The checkout offers it at once if it is active.",
  "method-saved": "Delivery method saved. The checkout charges the new settings at once.",
  "method-deleted": "Delivery method deleted. Orders placed with it keep their delivery name and price.",
  "pickup-created": "Pickup location added.",
  "pickup-saved": "Pickup location saved.",
  "pickup-deleted": "Pickup location deleted. Orders collected there keep its address.",
} as const;

export type DeliveryNotice = keyof typeof deliveryNotices;
