import type { Tx } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { enqueueEmail } from "@/lib/mail/enqueue-email";

/** The steps of a return the shopper is e-mailed about (the refund itself sends the refund e-mail). */
export type ReturnStep = "requested" | "approved" | "rejected" | "received";

/**
 * What every step of a return leaves behind, in the step's transaction: a line in the order's history (the status
 * stays; the note says what happened) and the e-mail to the shopper, queued once per return and step.
 */
export async function recordReturnStep(
  tx: Tx,
  input: {
    order: { id: string; status: OrderStatus; email: string };
    returnId: string;
    step: ReturnStep;
    actor: string;
    note: string;
  },
): Promise<void> {
  await tx.orderEvent.create({
    data: {
      orderId: input.order.id,
      fromStatus: input.order.status,
      toStatus: input.order.status,
      actor: input.actor,
      note: input.note.slice(0, 1000),
    },
  });
  await enqueueEmail(tx, {
    template: "return-update",
    to: input.order.email,
    payload: { orderId: input.order.id, returnId: input.returnId, step: input.step },
    dedupeKey: `return-${input.step}:${input.returnId}`,
  });
}

/** "2 × Linen shirt – M (SKU-1), 1 × Mug (SKU-2)", for history notes. */
export function describeUnits(lines: { quantity: number; productName: string; variantTitle: string; sku: string }[]) {
  return lines
    .map((l) => `${l.quantity} × ${l.productName}${l.variantTitle ? ` – ${l.variantTitle}` : ""} (${l.sku})`)
    .join(", ");
}
