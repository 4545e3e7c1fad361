import type { Db } from "@/lib/db";

export interface ClaimedDelivery {
  id: string;
  eventId: string;
  endpointId: string;
  /** This attempt's number; also the fence that lets only this claim record the outcome. */
  attempts: number;
  firstAttemptAt: Date;
}

/**
 * Claims the next due delivery that is first in line at its endpoint: counts the attempt and pushes nextAttemptAt
 * past the lease in one statement. A delivery waits while an earlier one to the same endpoint is pending (retrying
 * included), so each endpoint gets its events in order. SKIP LOCKED lets concurrent workers pass over a row another
 * is claiming; the pushed-back time keeps it from being claimed again while it is being sent, and the earlier one,
 * still pending, keeps its successors waiting. A worker that dies mid-send leaves it to be retried after the lease.
 */
export async function claimNextDelivery(db: Db, leaseMs: number): Promise<ClaimedDelivery | null> {
  const rows = await db.$queryRaw<ClaimedDelivery[]>`
    UPDATE webhook_deliveries d
       SET attempts = d.attempts + 1,
           "nextAttemptAt" = now() + make_interval(secs => ${leaseMs / 1000}::double precision),
           "firstAttemptAt" = COALESCE(d."firstAttemptAt", now())
     WHERE d.id = (
       SELECT c.id FROM webhook_deliveries c
         JOIN webhook_endpoints e ON e.id = c."endpointId" AND e.active
        WHERE c.status = 'PENDING' AND c."nextAttemptAt" <= now()
          AND NOT EXISTS (
            SELECT 1 FROM webhook_deliveries p
             WHERE p."endpointId" = c."endpointId" AND p.status = 'PENDING' AND p.seq < c.seq)
        ORDER BY c."nextAttemptAt", c.seq
        LIMIT 1
        FOR UPDATE OF c SKIP LOCKED)
    RETURNING d.id, d."eventId", d."endpointId", d.attempts, d."firstAttemptAt"`;
  return rows[0] ?? null;
}
