import type { Db } from "@/lib/db";

export interface MailboxListItem {
  id: string;
  createdAt: Date;
  recipient: string;
  subject: string;
  attachmentCount: number;
}

/** The newest messages in the development mailbox. */
export async function listMailboxMessages(db: Db, limit = 100): Promise<MailboxListItem[]> {
  const rows = await db.devMailboxMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, createdAt: true, recipient: true, subject: true, _count: { select: { attachments: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, attachmentCount: _count.attachments }));
}
