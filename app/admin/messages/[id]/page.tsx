import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REPLY_MAX, contactMessageParamsSchema, contactStatuses } from "@/lib/contact/admin-schemas";
import { getContactMessage } from "@/lib/contact/get-contact-message";
import { staffGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { setContactStatusAction } from "../actions";
import { ContactStatusBadge } from "../status-badge";
import { messageSubjectLine } from "../subject-line";
import { ReplyForm } from "./reply-form";
import "../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.messages");
  return { title: t("messageTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

async function load(id: string) {
  const parsed = contactMessageParamsSchema.safeParse({ id });
  if (!parsed.success) notFound();
  try {
    return await getContactMessage(db, parsed.data.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function ContactMessagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  await staffGate("/admin/messages");
  const { id } = await params;
  const notice = firstParam((await searchParams).notice);
  const message = await load(id);
  const [t, tCommon, format, subjectLine] = await Promise.all([
    getTranslations("adminSettings.messages"),
    getTranslations("adminSettings.common"),
    settingsFormat(),
    messageSubjectLine(),
  ]);
  const subject = subjectLine(message);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/messages">{t("back")}</Link>
      </p>
      <div className="page-head page-head-start">
        <h1 className="wrap-anywhere">{subject}</h1>
        <ContactStatusBadge status={message.status} label={t(`status.${message.status}`)} />
      </div>
      <PageNotice notice={notice} messages={{ replied: t("replied") }} />

      <div className="two-columns">
        <section aria-labelledby="message-title" className="panel">
          <h2 id="message-title">{t("messageTitle")}</h2>
          <dl className="meta-list">
            <dt>{t("detail.from")}</dt>
            <dd className="wrap-anywhere">
              {message.name} &lt;<a href={`mailto:${message.email}`}>{message.email}</a>&gt;
            </dd>
            <dt>{t("detail.received")}</dt>
            <dd>{format.when(message.createdAt)}</dd>
            {message.orderNumber ? (
              <>
                <dt>{t("detail.orderNumber")}</dt>
                <dd>{message.orderNumber}</dd>
              </>
            ) : null}
            <dt>{t("detail.handled")}</dt>
            <dd>{message.handledAt ? format.when(message.handledAt) : t("detail.notYet")}</dd>
          </dl>
          {/* Plain text exactly as written; React escapes it, and line breaks are kept by CSS. */}
          <div className="message-body">{message.message}</div>
        </section>

        <section aria-labelledby="checks-title" className="panel">
          <h2 id="checks-title">{t("detail.checks")}</h2>
          <dl className="meta-list">
            <dt>{t("columns.spamScore")}</dt>
            <dd>{message.spamScore}</dd>
            <dt>{t("detail.reasons")}</dt>
            <dd>
              {message.spamReasons.length === 0 ? (
                t("detail.none")
              ) : (
                <ul className="plain-list">
                  {message.spamReasons.map((reason) => (
                    <li key={reason}>
                      <code>{reason}</code>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t("detail.sameSender")}</dt>
            <dd>{t("detail.otherMessages", { count: message.otherFromSameAddress })}</dd>
          </dl>
          <div className="button-row">
            {contactStatuses
              .filter((status) => status !== message.status)
              .map((status) => (
                <ButtonAction
                  key={status}
                  action={setContactStatusAction}
                  fields={{ id: message.id, status }}
                  label={t(`mark.${status}`)}
                  pendingLabel={tCommon("working")}
                  secondary
                />
              ))}
          </div>
        </section>
      </div>

      <section aria-labelledby="replies-title" className="panel">
        <h2 id="replies-title">{t("columns.replies")}</h2>
        {message.replies.length === 0 ? (
          <p>{t("detail.noReplies")}</p>
        ) : (
          <ol className="reply-list">
            {message.replies.map((reply) => (
              <li key={reply.id}>
                <p className="muted">
                  {reply.staffName ?? t("detail.staff")}, {format.when(reply.createdAt)}
                </p>
                <div className="message-body">{reply.body}</div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="reply-title" className="panel">
        <h2 id="reply-title">{t("detail.replyTitle")}</h2>
        {message.status === "SPAM" ? (
          <p>{t("detail.spamNoReply")}</p>
        ) : (
          <ReplyForm
            messageId={message.id}
            idempotencyKey={randomUUID()}
            recipient={message.email}
            maxLength={REPLY_MAX}
          />
        )}
      </section>
    </main>
  );
}
