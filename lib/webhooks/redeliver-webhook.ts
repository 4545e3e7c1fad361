import { requireAdminActor } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Sends a delivered or failed event to its endpoint again: a new delivery of the same event, so it carries the same
 * webhook-id and body and a receiver that deduplicates by id can tell. It joins the end of the endpoint's queue.
 */
export async function redeliverWebhook(
  db: Db,
  actor: StaffActor,
  endpointId: string,
  deliveryId: string,
): Promise<{ deliveryId: string; eventId: string }> {
  requireAdminActor(actor);
  return db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, endpointId },
      select: { id: true, eventId: true },
    });
    if (!original) throw notFound("The delivery was not found.");
    // One at a time: the endpoint row lock orders concurrent requests, so two clicks make one redelivery.
    await tx.$queryRaw`SELECT id FROM webhook_endpoints WHERE id = ${endpointId}::uuid FOR UPDATE`;
    const waiting = await tx.webhookDelivery.count({
      where: { endpointId, eventId: original.eventId, status: "PENDING" },
    });
    if (waiting > 0) throw new AppError("conflict", "This event is already waiting to be delivered to this endpoint.");
    const created = await tx.webhookDelivery.create({
      data: { eventId: original.eventId, endpointId, redeliveryOf: original.id },
      select: { id: true, eventId: true },
    });
    await recordAudit(tx, actor, {
      action: "webhook.redeliver",
      entityType: "webhook",
      entityId: endpointId,
      after: { deliveryId: created.id, redeliveryOf: original.id, eventId: created.eventId },
    });
    return { deliveryId: created.id, eventId: created.eventId };
  });
}
