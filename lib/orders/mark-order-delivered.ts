import { type StaffActor, actorLabel } from "@/lib/admin/staff-actor";
import { serverMessage } from "@/lib/i18n/server-message";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockOrder } from "./lock-order";
import { requireWrite } from "@/lib/admin/require-write";
import { canTransition, orderStatusWord } from "./state-machine";
import { transitionOrder } from "./transition-order";

/** Records that a shipped order reached the shopper. */
export async function markOrderDelivered(db: Db, actor: StaffActor, orderId: string) {
  requireWrite(actor);
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!canTransition(order.status, "DELIVERED")) {
      throw new AppError(
        "conflict",
        serverMessage("An order that is {status} cannot be marked delivered.", {
          status: orderStatusWord(order.status),
        }),
      );
    }
    await transitionOrder(tx, { orderId, from: order.status, to: "DELIVERED", actor: actorLabel(actor) });
    await recordAudit(tx, actor, {
      action: "order.deliver",
      entityType: "order",
      entityId: orderId,
      before: { status: order.status },
      after: { status: "DELIVERED" },
    });
    return { status: "DELIVERED" as const };
  });
}
