import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { canTransition } from "./state-machine";

/**
 * Moves an order from `from` to `to` and records who did it. The UPDATE is conditional on the current status, so
 * of two concurrent attempts exactly one wins; the other gets a conflict.
 */
export async function transitionOrder(
  tx: Tx,
  input: { orderId: string; from: OrderStatus; to: OrderStatus; actor: string; note?: string },
): Promise<void> {
  if (!canTransition(input.from, input.to)) {
    throw new AppError("conflict", `An order cannot go from ${input.from} to ${input.to}.`);
  }
  const { count } = await tx.order.updateMany({
    where: { id: input.orderId, status: input.from },
    data: { status: input.to, ...(input.to === "PAID" ? { paidAt: new Date() } : {}) },
  });
  if (count === 0) throw new AppError("conflict", "The order changed meanwhile; reload and try again.");
  await tx.orderEvent.create({
    data: {
      orderId: input.orderId,
      fromStatus: input.from,
      toStatus: input.to,
      actor: input.actor,
      note: input.note ?? null,
    },
  });
}
