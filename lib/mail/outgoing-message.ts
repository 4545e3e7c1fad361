import type Mail from "nodemailer/lib/mailer";
import { env } from "@/lib/env";
import type { RenderedEmail } from "@/emails/rendered-email";
import { headerSafe } from "./header-safe";

export interface OutgoingEmail {
  outboxId: string;
  to: string;
  rendered: RenderedEmail;
}

export const OUTBOX_ID_HEADER = "X-Shop-Outbox-Id";

/** nodemailer options for a rendered message; every header value is forced onto one line. */
export function toMailOptions(email: OutgoingEmail): Mail.Options {
  return {
    from: { name: headerSafe(env.SHOP_NAME), address: env.MAIL_FROM ?? env.SHOP_EMAIL },
    to: headerSafe(email.to),
    subject: headerSafe(email.rendered.subject),
    text: email.rendered.text,
    html: email.rendered.html,
    attachments: email.rendered.attachments.map((attachment) => ({
      filename: headerSafe(attachment.filename),
      contentType: attachment.contentType,
      content: attachment.content,
      ...(attachment.cid ? { cid: attachment.cid } : {}),
    })),
    // Lets a receiving system (and the tests) recognise a redelivery of the same outbox row.
    headers: { [OUTBOX_ID_HEADER]: email.outboxId },
  };
}
