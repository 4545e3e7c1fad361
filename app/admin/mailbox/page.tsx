import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listMailboxMessages } from "@/lib/mail/dev-mailbox/list-mailbox-messages";
import { listUndeliveredEmails } from "@/lib/mail/list-undelivered-emails";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { TableHead } from "@/app/admin/_components/table-head";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.mailbox");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function MailboxPage() {
  await staffGate("/admin/mailbox");
  const [messages, undelivered] = await Promise.all([listMailboxMessages(db), listUndeliveredEmails(db)]);
  const t = await getTranslations("admin.mailbox");
  const format = await adminFormat();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("title")}</h1>
      <p className="muted">{env.SMTP_URL ? t("introSmtp") : t("introKept")}</p>

      <section aria-labelledby="undelivered-title" className="section">
        <h2 id="undelivered-title">{t("undelivered")}</h2>
        {undelivered.length === 0 ? (
          <p>{t("allDelivered")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("undeliveredCaption")}</caption>
              <TableHead
                columns={[
                  t("columns.queued"),
                  t("columns.email"),
                  t("columns.to"),
                  t("columns.status"),
                  { label: t("columns.attempts"), num: true },
                  t("columns.lastError"),
                ]}
              />
              <tbody>
                {undelivered.map((row) => (
                  <tr key={row.id}>
                    <td>{format.when(row.createdAt)}</td>
                    <td>{row.template}</td>
                    <td className="wrap-anywhere">{row.recipient}</td>
                    <td>
                      {row.status === "FAILED" ? t("gaveUp") : t("retrying", { when: format.when(row.nextAttemptAt) })}
                    </td>
                    <td className="num">{format.count(row.attempts)}</td>
                    <td className="wrap-anywhere">{row.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="messages-title" className="section">
        <h2 id="messages-title">{t("messages")}</h2>
        {messages.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t("messagesCaption")}</caption>
              <TableHead
                columns={[
                  t("columns.sent"),
                  t("columns.to"),
                  t("columns.subject"),
                  { label: t("columns.attachments"), num: true },
                ]}
              />
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td>{format.when(message.createdAt)}</td>
                    <td className="wrap-anywhere">{message.recipient}</td>
                    <td>
                      <LocaleLink href={`/admin/mailbox/${message.id}`}>{message.subject}</LocaleLink>
                    </td>
                    <td className="num">{format.count(message.attachmentCount)}</td>
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
