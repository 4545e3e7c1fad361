import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db";

export interface ClaimedEmail {
  id: string;
  template: string;
  recipient: string;
  payload: unknown;
  /** This attempt's number; also the fence that lets only this claim record the outcome. */
  attempts: number;
}

/**
 * Claims the oldest due PENDING message: counts the attempt and pushes nextAttemptAt past the lease in one
 * statement. SKIP LOCKED lets concurrent workers pass over a row another is claiming, and the pushed-back time
 * keeps it from being claimed again while it is being sent. A worker that dies mid-send leaves the row to be
 * retried once the lease ends. The claim is tagged with `token`, chosen by the caller before the statement is
 * sent, so that a claim whose answer was lost (the database went away after committing it) can still be
 * released (releaseLostClaim). `recipients`, when given, limits the claim to mail for those addresses (an operator
 * sending one customer's mail now; tests that share one database and must not take each other's mail).
 */
export async function claimNextEmail(
  db: Db,
  leaseMs: number,
  token: string,
  recipients?: readonly string[],
): Promise<ClaimedEmail | null> {
  const forRecipients = recipients ? Prisma.sql`AND recipient = ANY(${[...recipients]}::text[])` : Prisma.empty;
  const rows = await db.$queryRaw<ClaimedEmail[]>`
    UPDATE email_outbox
       SET attempts = attempts + 1,
           "claimToken" = ${token}::uuid,
           "nextAttemptAt" = now() + make_interval(secs => ${leaseMs / 1000}::double precision)
     WHERE id = (
       SELECT id FROM email_outbox
        WHERE status = 'PENDING' AND "nextAttemptAt" <= now() ${forRecipients}
        ORDER BY "nextAttemptAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED)
    RETURNING id, template, recipient, payload, attempts`;
  return rows[0] ?? null;
}
