import { requireAdminActor } from "@/lib/admin/require-write";
import type { StaffActor } from "@/lib/admin/staff-actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { RotateWebhookSecretInput } from "./schemas";
import { newWebhookSecret } from "./signing";

/**
 * A new signing secret, returned this once. Until the grace period ends every delivery carries signatures with the
 * new and the old secret, so a receiver can switch at its own pace; a second rotation drops the oldest.
 */
export async function rotateWebhookSecret(
  db: Db,
  actor: StaffActor,
  id: string,
  input: RotateWebhookSecretInput,
): Promise<{ secret: string; previousSecretExpiresAt: Date | null }> {
  requireAdminActor(actor);
  const secret = newWebhookSecret();
  const expiresAt = input.graceHours > 0 ? new Date(Date.now() + input.graceHours * 3_600_000) : null;
  return db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findUnique({
      where: { id },
      select: { secret: true },
    });
    if (!current) throw notFound("The webhook endpoint was not found.");
    await tx.webhookEndpoint.update({
      where: { id },
      data: {
        secret,
        previousSecret: expiresAt ? current.secret : null,
        previousSecretExpiresAt: expiresAt,
      },
    });
    await recordAudit(tx, actor, {
      action: "webhook.rotate_secret",
      entityType: "webhook",
      entityId: id,
      after: { graceHours: input.graceHours, previousSecretExpiresAt: expiresAt },
    });
    return { secret, previousSecretExpiresAt: expiresAt };
  });
}
