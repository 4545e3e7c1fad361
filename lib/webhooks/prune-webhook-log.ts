import type { Db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Deletes events older than the retention whose deliveries are all finished (with those deliveries and their
 * log), and older attempt rows of deliveries still retrying. Pending deliveries are never lost to pruning.
 */
export async function pruneWebhookLog(
  db: Db,
  retentionDays: number = env.WEBHOOK_LOG_RETENTION_DAYS,
): Promise<{ events: number; attempts: number }> {
  const cutoff = new Date(Date.now() - retentionDays * 86_400_000);
  const events = await db.$executeRaw`
    DELETE FROM webhook_events e
     WHERE e."createdAt" < ${cutoff}
       AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d."eventId" = e.id AND d.status = 'PENDING')`;
  const attempts = await db.$executeRaw`DELETE FROM webhook_attempts WHERE "createdAt" < ${cutoff}`;
  return { events, attempts };
}
