import { db } from "@/lib/db";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { handler } from "@/lib/http/handler";
import { getMailboxAttachment } from "@/lib/mail/dev-mailbox/get-mailbox-attachment";
import { mailboxAttachmentParams } from "@/lib/mail/dev-mailbox/schemas";

/** Staff download an attachment of a message in the development mailbox. */
export const GET = handler({ auth: "staff", params: mailboxAttachmentParams }, async ({ params }) => {
  const attachment = await getMailboxAttachment(db, params.id, params.attachmentId);
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "content-type": attachment.contentType,
      "content-disposition": attachmentDisposition(attachment.filename),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
