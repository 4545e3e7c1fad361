import type { Db } from "@/lib/db";

/** Messages that failed for good or are waiting to be retried, with the last error, for staff. */
export async function listUndeliveredEmails(db: Db, limit = 100) {
  return db.emailOutbox.findMany({
    where: { OR: [{ status: "FAILED" }, { status: "PENDING", attempts: { gt: 0 } }] },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      template: true,
      recipient: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      createdAt: true,
    },
  });
}
