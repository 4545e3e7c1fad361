import type { Db } from "@/lib/db";

/** Logging out ends the account's sessions on every device: each older session cookie stops working. */
export async function endAllSessions(db: Db, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
