import nodemailer from "nodemailer";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { type OutgoingEmail, toMailOptions } from "./outgoing-message";
import { storeInDevMailbox } from "./dev-mailbox/store-message";

export interface MailTransport {
  readonly kind: "smtp" | "dev-mailbox";
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

// Below the worker's claim lease, so a hung server can never outlast the claim and cause a second send.
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

/** SMTP_URL → that server. Without it, messages go through nodemailer into the development mailbox. */
export function createMailTransport(db: Db, smtpUrl: string | undefined = env.SMTP_URL): MailTransport {
  if (smtpUrl) {
    const transporter = nodemailer.createTransport(smtpUrl, SMTP_TIMEOUTS);
    return {
      kind: "smtp",
      async send(email) {
        await transporter.sendMail(toMailOptions(email));
      },
      close: () => transporter.close(),
    };
  }
  // nodemailer builds the full RFC 822 message as a real send would; the mailbox stores it.
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "dev-mailbox",
    async send(email) {
      const options = toMailOptions(email);
      const info = await transporter.sendMail(options);
      // With `buffer: true` nodemailer hands back the finished message as a Buffer.
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error("nodemailer returned a stream instead of the message");
      await storeInDevMailbox(db, { email, options, raw, messageId: info.messageId });
    },
    close: () => transporter.close(),
  };
}
