import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** One message with its attachments' names (not their bytes). */
export async function getMailboxMessage(db: Db, id: string) {
  const message = await db.devMailboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      messageId: true,
      outboxId: true,
      sender: true,
      recipient: true,
      subject: true,
      html: true,
      text: true,
      attachments: { select: { id: true, filename: true, contentType: true }, orderBy: { filename: "asc" } },
    },
  });
  if (!message) throw notFound("The message was not found.");
  return message;
}
