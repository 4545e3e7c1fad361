import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listMailboxMessages } from "@/lib/mail/dev-mailbox/list-mailbox-messages";
import { listUndeliveredEmails } from "@/lib/mail/list-undelivered-emails";
import { staffGate } from "@/app/admin/_lib/gate";

export const metadata: Metadata = { title: "Mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = (date: Date) =>
  new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeStyle: "medium" }).format(date);

export default async function MailboxPage() {
  await staffGate("/admin/mailbox");
  const [messages, undelivered] = await Promise.all([listMailboxMessages(db), listUndeliveredEmails(db)]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Mailbox</h1>
      <p className="muted">
        {env.SMTP_URL
          ? "E-mail goes to the SMTP server in SMTP_URL. Messages kept from before are listed below."
          : "No SMTP_URL is set: every e-mail the shop sends is kept here instead of being delivered."}
      </p>

      <section aria-labelledby="undelivered-title" className="section">
        <h2 id="undelivered-title">Not delivered</h2>
        {undelivered.length === 0 ? (
          <p>Every queued e-mail has been delivered.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Queued</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">To</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {undelivered.map((row) => (
                  <tr key={row.id}>
                    <td>{when(row.createdAt)}</td>
                    <td>{row.template}</td>
                    <td>{row.recipient}</td>
                    <td>{row.status === "FAILED" ? "Gave up" : `Retrying ${when(row.nextAttemptAt)}`}</td>
                    <td>{row.attempts}</td>
                    <td className="wrap-anywhere">{row.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="messages-title" className="section">
        <h2 id="messages-title">Messages</h2>
        {messages.length === 0 ? (
          <p>No messages yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Sent</th>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Attachments</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td>{when(message.createdAt)}</td>
                    <td>{message.recipient}</td>
                    <td>
                      <Link href={`/admin/mailbox/${message.id}`}>{message.subject}</Link>
                    </td>
                    <td>{message.attachmentCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
