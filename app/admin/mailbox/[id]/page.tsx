import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getMailboxMessage } from "@/lib/mail/dev-mailbox/get-mailbox-message";
import { mailboxMessageParams } from "@/lib/mail/dev-mailbox/schemas";
import { staffGate } from "@/app/admin/_lib/gate";

export const metadata: Metadata = { title: "Message", robots: { index: false } };
export const dynamic = "force-dynamic";

async function load(id: string) {
  const parsed = mailboxMessageParams.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getMailboxMessage(db, parsed.data.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await staffGate(`/admin/mailbox/${encodeURIComponent(id)}`);
  const message = await load(id);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/mailbox">← Mailbox</Link>
      </p>
      <h1 className="wrap-anywhere">{message.subject}</h1>
      <dl className="meta-list">
        <dt>From</dt>
        <dd>{message.sender}</dd>
        <dt>To</dt>
        <dd>{message.recipient}</dd>
        <dt>Sent</dt>
        <dd>
          {new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeStyle: "medium" }).format(
            message.createdAt,
          )}
        </dd>
        <dt>Message-ID</dt>
        <dd className="wrap-anywhere">{message.messageId}</dd>
      </dl>

      {message.attachments.length > 0 && (
        <section aria-labelledby="attachments-title" className="section">
          <h2 id="attachments-title">Attachments</h2>
          <ul>
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`/admin/mailbox/${message.id}/attachments/${attachment.id}`} download={attachment.filename}>
                  {attachment.filename}
                </a>{" "}
                <span className="muted">({attachment.contentType})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="html-title" className="section">
        <h2 id="html-title">HTML part</h2>
        {/* An empty sandbox: the message's HTML can run no script and reach nothing of the admin. */}
        <iframe className="mail-frame" sandbox="" srcDoc={message.html} title={`HTML part of “${message.subject}”`} />
      </section>

      <section aria-labelledby="text-title" className="section">
        <h2 id="text-title">Plain-text part</h2>
        <pre className="mail-text">{message.text}</pre>
      </section>
    </main>
  );
}
