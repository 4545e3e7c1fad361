import { requireAdminActor } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { addressPolicyFromEnv } from "./address-policy-from-env";
import { checkEndpointUrl } from "./check-endpoint-url";
import type { AddressPolicy } from "./endpoint-address";
import { type WebhookEndpointView, endpointViewSelect } from "./endpoint-view";
import type { UpdateWebhookInput } from "./schemas";

/**
 * Changes the URL, events, description or state. Turning an endpoint on again clears why the shop turned it off;
 * deliveries that waited meanwhile then go out in order.
 */
export async function updateWebhookEndpoint(
  db: Db,
  actor: StaffActor,
  id: string,
  input: UpdateWebhookInput,
  policy: AddressPolicy = addressPolicyFromEnv(),
): Promise<WebhookEndpointView> {
  requireAdminActor(actor);
  const url = input.url === undefined ? undefined : await checkEndpointUrl(input.url, policy);
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: endpointViewSelect });
    if (!before) throw notFound("The webhook endpoint was not found.");
    const after = await tx.webhookEndpoint.update({
      where: { id },
      data: {
        ...(url === undefined ? {} : { url }),
        ...(input.events === undefined ? {} : { events: input.events }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.active === undefined ? {} : { active: input.active }),
        ...(input.active === true ? { disabledReason: null } : {}),
      },
      select: endpointViewSelect,
    });
    await recordAudit(tx, actor, { action: "webhook.update", entityType: "webhook", entityId: id, before, after });
    return after;
  });
}

/** Removes the endpoint with its deliveries and their log. */
export async function deleteWebhookEndpoint(db: Db, actor: StaffActor, id: string): Promise<void> {
  requireAdminActor(actor);
  await db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findUnique({ where: { id }, select: endpointViewSelect });
    if (!before) throw notFound("The webhook endpoint was not found.");
    await tx.webhookEndpoint.delete({ where: { id } });
    await recordAudit(tx, actor, { action: "webhook.delete", entityType: "webhook", entityId: id, before });
  });
}
