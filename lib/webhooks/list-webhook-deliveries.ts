import { requireAdministrator } from "@/lib/auth/roles";
import type { StaffActor } from "@/lib/admin/staff-actor";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/client";
import type { WebhookDeliveriesQuery } from "./schemas";

export interface WebhookAttemptView {
  attempt: number;
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  responseBody: string;
  error: string | null;
  createdAt: Date;
}

export interface WebhookDeliveryView {
  id: string;
  /** The event's id: the webhook-id header of every attempt. */
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  createdAt: Date;
  completedAt: Date | null;
  attemptLog: WebhookAttemptView[];
}

const ATTEMPTS_SHOWN = 10;

/** An endpoint's deliveries, newest first, each with its latest attempts (the delivery log). */
export async function listWebhookDeliveries(
  db: Db,
  actor: StaffActor,
  endpointId: string,
  query: WebhookDeliveriesQuery,
): Promise<WebhookDeliveryView[]> {
  requireAdministrator(actor);
  const endpoint = await db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true } });
  if (!endpoint) throw notFound("The webhook endpoint was not found.");
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, ...(query.status ? { status: query.status } : {}) },
    orderBy: { seq: "desc" },
    take: query.limit,
    select: {
      id: true,
      eventId: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      redeliveryOf: true,
      createdAt: true,
      completedAt: true,
      event: { select: { type: true } },
      attemptLog: {
        orderBy: { createdAt: "desc" },
        take: ATTEMPTS_SHOWN,
        select: {
          attempt: true,
          succeeded: true,
          statusCode: true,
          durationMs: true,
          responseBody: true,
          error: true,
          createdAt: true,
        },
      },
    },
  });
  return rows.map(({ event, nextAttemptAt, ...row }) => ({
    ...row,
    eventType: event.type,
    nextAttemptAt: row.status === "PENDING" ? nextAttemptAt : null,
  }));
}
