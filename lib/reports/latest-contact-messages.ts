import type { Db } from "@/lib/db";

/** The newest contact messages that are not spam, for the dashboard. */
export async function latestContactMessages(db: Db, limit = 5) {
  return db.contactMessage.findMany({
    where: { status: { not: "SPAM" } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, name: true, email: true, subject: true, status: true, orderNumber: true, createdAt: true },
  });
}
