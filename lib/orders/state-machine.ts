import type { OrderStatus } from "@/lib/generated/prisma/client";
import { serverMessage } from "@/lib/i18n/server-message";

/** Every order status, in the order an order moves: filters, counts and lists show them in this order. */
export const ORDER_STATUSES = [
  "PENDING_PAYMENT",
  "CONFIRMED",
  "PAID",
  "SHIPPED",
  "DELIVERED",
  "CANCELLED",
  "EXPIRED",
  "REFUNDED",
] as const satisfies readonly OrderStatus[];

// Orders only move forward. Anything not listed here is refused.
const next: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ["PAID", "CANCELLED", "EXPIRED"],
  // Cash on delivery: placed straight into CONFIRMED with its stock taken out. It ships unpaid; staff record the
  // cash with lib/orders/mark-cash-received.ts, which moves CONFIRMED to PAID, or (shipped or delivered first) sets
  // paidAt without changing the fulfilment state.
  CONFIRMED: ["PAID", "SHIPPED"],
  PAID: ["SHIPPED", "CANCELLED", "REFUNDED"],
  SHIPPED: ["DELIVERED", "REFUNDED"],
  DELIVERED: ["REFUNDED"],
  CANCELLED: [],
  EXPIRED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return next[from].includes(to);
}

export function allowedTransitions(from: OrderStatus): readonly OrderStatus[] {
  return next[from];
}

/** The status as a word inside a sentence ("An order that is {status} cannot be refunded."), in any language. */
export const orderStatusWord = (status: OrderStatus) =>
  serverMessage(
    "{status, select, PENDING_PAYMENT {awaiting payment} CONFIRMED {confirmed (pay on delivery)} PAID {paid} SHIPPED {shipped} DELIVERED {delivered} CANCELLED {cancelled} EXPIRED {expired (not paid in time)} REFUNDED {refunded} other {{status}}}",
    { status },
  );

export const orderStatusLabels: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  CONFIRMED: "Confirmed (pay on delivery)",
  PAID: "Paid",
  SHIPPED: "Shipped",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired (not paid in time)",
  REFUNDED: "Refunded",
};
