import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";

export interface LockedOrder {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  currency: string;
  totalMinor: number;
  refundedMinor: number;
  paidAt: Date | null;
  trackingNumber: string | null;
  carrier: string | null;
}

/**
 * Reads an order and locks its row until the transaction ends. Every staff change and every refund settlement
 * takes this lock first, so they happen one after another per order and each sees the last one's result.
 */
export async function lockOrder(tx: Tx, orderId: string): Promise<LockedOrder> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, number, status::text AS status, email, currency, "totalMinor", "refundedMinor", "paidAt",
           "trackingNumber", carrier
    FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
  if (!order) throw notFound("The order was not found.");
  return order;
}
