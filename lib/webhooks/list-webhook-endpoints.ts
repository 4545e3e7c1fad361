import { requireAdministrator } from "@/lib/auth/roles";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { type WebhookEndpointView, endpointViewSelect } from "./endpoint-view";

export type WebhookEndpointListItem = WebhookEndpointView & { pendingDeliveries: number; failedDeliveries: number };

/** Every endpoint, newest first, with how many deliveries wait and how many failed. */
export async function listWebhookEndpoints(db: Db, actor: StaffActor): Promise<WebhookEndpointListItem[]> {
  requireAdministrator(actor);
  const [endpoints, counts] = await Promise.all([
    db.webhookEndpoint.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: endpointViewSelect,
    }),
    db.webhookDelivery.groupBy({
      by: ["endpointId", "status"],
      where: { status: { in: ["PENDING", "FAILED"] } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (id: string, status: "PENDING" | "FAILED") =>
    counts.find((row) => row.endpointId === id && row.status === status)?._count._all ?? 0;
  return endpoints.map((endpoint) => ({
    ...endpoint,
    pendingDeliveries: countOf(endpoint.id, "PENDING"),
    failedDeliveries: countOf(endpoint.id, "FAILED"),
  }));
}

export async function getWebhookEndpoint(db: Db, actor: StaffActor, id: string): Promise<WebhookEndpointView> {
  requireAdministrator(actor);
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id }, select: endpointViewSelect });
  if (!endpoint) throw notFound("The webhook endpoint was not found.");
  return endpoint;
}
