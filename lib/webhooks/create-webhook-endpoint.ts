import { requireAdminActor } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { addressPolicyFromEnv } from "./address-policy-from-env";
import { checkEndpointUrl } from "./check-endpoint-url";
import type { AddressPolicy } from "./endpoint-address";
import { type WebhookEndpointView, endpointViewSelect } from "./endpoint-view";
import type { CreateWebhookInput } from "./schemas";
import { newWebhookSecret } from "./signing";

/** Registers an endpoint and returns its signing secret, which the API shows this once. */
export async function createWebhookEndpoint(
  db: Db,
  actor: StaffActor,
  input: CreateWebhookInput,
  policy: AddressPolicy = addressPolicyFromEnv(),
): Promise<{ endpoint: WebhookEndpointView; secret: string }> {
  requireAdminActor(actor);
  const url = await checkEndpointUrl(input.url, policy);
  const secret = newWebhookSecret();
  const endpoint = await db.$transaction(async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: { url, events: input.events, description: input.description ?? "", secret },
      select: endpointViewSelect,
    });
    await recordAudit(tx, actor, {
      action: "webhook.create",
      entityType: "webhook",
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { endpoint, secret };
}
