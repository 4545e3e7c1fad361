import { requireAdminActor } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { TEST_EVENT_TYPE } from "./event-types";

/** Queues a `webhook.test` event for this endpoint alone, delivered and logged like any other. */
export async function sendTestWebhook(
  db: Db,
  actor: StaffActor,
  endpointId: string,
): Promise<{ deliveryId: string; eventId: string }> {
  requireAdminActor(actor);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { active: true } });
    if (!endpoint) throw notFound("The webhook endpoint was not found.");
    if (!endpoint.active) throw new AppError("conflict", "Turn the endpoint on before sending it a test event.");
    const data = JSON.stringify({ endpointId, message: "A test event sent from the shop's admin." });
    const [event] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO webhook_events (id, type, payload)
      VALUES ('msg_' || replace(gen_random_uuid()::text, '-', ''), ${TEST_EVENT_TYPE},
              jsonb_build_object('type', ${TEST_EVENT_TYPE}::text, 'version', 1,
                                 'timestamp', webhook_time(clock_timestamp()), 'data', ${data}::jsonb))
      RETURNING id`;
    if (!event) throw new Error("the test event was not written");
    const delivery = await tx.webhookDelivery.create({ data: { eventId: event.id, endpointId }, select: { id: true } });
    await recordAudit(tx, actor, {
      action: "webhook.test",
      entityType: "webhook",
      entityId: endpointId,
      after: { deliveryId: delivery.id, eventId: event.id },
    });
    return { deliveryId: delivery.id, eventId: event.id };
  });
}
