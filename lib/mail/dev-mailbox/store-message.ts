import type Mail from "nodemailer/lib/mailer";
import type { Db } from "@/lib/db";
import type { OutgoingEmail } from "../outgoing-message";

function senderOf(from: Mail.Options["from"]): string {
  if (!from) return "";
  if (typeof from === "string") return from;
  if (Array.isArray(from)) return from.map((one) => (typeof one === "string" ? one : one.address)).join(", ");
  return `${from.name} <${from.address}>`;
}

/** Keeps a message nodemailer produced, with its attachments, for staff to read at /admin/mailbox. */
export async function storeInDevMailbox(
  db: Db,
  input: { email: OutgoingEmail; options: Mail.Options; raw: Buffer; messageId: string },
): Promise<void> {
  const { email, options, raw, messageId } = input;
  await db.devMailboxMessage.create({
    data: {
      outboxId: email.outboxId,
      messageId,
      sender: senderOf(options.from),
      recipient: email.to,
      subject: typeof options.subject === "string" ? options.subject : email.rendered.subject,
      html: email.rendered.html,
      text: email.rendered.text,
      raw: new Uint8Array(raw),
      attachments: {
        create: email.rendered.attachments.map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: new Uint8Array(attachment.content),
        })),
      },
    },
  });
}
