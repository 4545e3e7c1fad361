import type { Prisma } from "@/lib/generated/prisma/client";

/** What staff and the API see of an endpoint: never its secrets, only whether an old one still signs. */
export const endpointViewSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  active: true,
  disabledReason: true,
  previousSecretExpiresAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

export type WebhookEndpointView = Prisma.WebhookEndpointGetPayload<{ select: typeof endpointViewSelect }>;
