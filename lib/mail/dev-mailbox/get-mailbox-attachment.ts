import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function getMailboxAttachment(db: Db, messageId: string, attachmentId: string) {
  const attachment = await db.devMailboxAttachment.findFirst({
    where: { id: attachmentId, messageId },
    select: { filename: true, contentType: true, content: true },
  });
  if (!attachment) throw notFound("The attachment was not found.");
  return attachment;
}
