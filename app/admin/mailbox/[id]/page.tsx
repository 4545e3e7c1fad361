import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMailboxMessage } from "@/lib/mail/dev-mailbox/get-mailbox-message";
import { mailboxMessageParams } from "@/lib/mail/dev-mailbox/schemas";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mailbox");
  return { title: t("messageTitle"), robots: { index: false } };
}
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
  const t = await getTranslations("admin.mailbox");
  const format = await adminFormat();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <LocaleLink href="/admin/mailbox">{t("back")}</LocaleLink>
      </p>
      <h1 className="wrap-anywhere">{message.subject}</h1>
      <dl className="meta-list">
        <dt>{t("columns.from")}</dt>
        <dd className="wrap-anywhere">{message.sender}</dd>
        <dt>{t("columns.to")}</dt>
        <dd className="wrap-anywhere">{message.recipient}</dd>
        <dt>{t("columns.sent")}</dt>
        <dd>{format.when(message.createdAt)}</dd>
        <dt>{t("messageId")}</dt>
        <dd className="wrap-anywhere">{message.messageId}</dd>
      </dl>

      {message.attachments.length > 0 && (
        <section aria-labelledby="attachments-title" className="section">
          <h2 id="attachments-title">{t("columns.attachments")}</h2>
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
        <h2 id="html-title">{t("htmlPart")}</h2>
        {/* An empty sandbox: the message's HTML can run no script and reach nothing of the admin. */}
        <iframe
          className="mail-frame"
          sandbox=""
          srcDoc={message.html}
          title={t("htmlPartOf", { subject: message.subject })}
        />
      </section>

      <section aria-labelledby="text-title" className="section">
        <h2 id="text-title">{t("textPart")}</h2>
        <pre className="mail-text">{message.text}</pre>
      </section>
    </main>
  );
}
