import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { REPLY_MAX, contactMessageParamsSchema, contactStatuses } from "@/lib/contact/admin-schemas";
import { getContactMessage } from "@/lib/contact/get-contact-message";
import { contactSubjectLine } from "@/lib/contact/subject-line";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatWhen } from "@/app/admin/_lib/format";
import { type RawSearchParams, firstParam } from "@/app/admin/_lib/search-params";
import { ButtonAction } from "@/app/admin/_components/button-action";
import { PageNotice } from "@/app/admin/_components/page-notice";
import { setContactStatusAction } from "../actions";
import { ContactStatusBadge } from "../status-badge";
import { ReplyForm } from "./reply-form";
import "../../people.css";

export const metadata: Metadata = { title: "Message", robots: { index: false } };
export const dynamic = "force-dynamic";

const markLabels = { NEW: "Mark as new", HANDLED: "Mark as handled", SPAM: "Mark as spam" } as const;

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
  const subject = contactSubjectLine(message);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/messages">← Messages</Link>
      </p>
      <div className="page-head page-head-start">
        <h1 className="wrap-anywhere">{subject}</h1>
        <ContactStatusBadge status={message.status} />
      </div>
      <PageNotice notice={notice} messages={{ replied: "Your reply has been queued for sending." }} />

      <div className="two-columns">
        <section aria-labelledby="message-title" className="panel">
          <h2 id="message-title">Message</h2>
          <dl className="meta-list">
            <dt>From</dt>
            <dd className="wrap-anywhere">
              {message.name} &lt;<a href={`mailto:${message.email}`}>{message.email}</a>&gt;
            </dd>
            <dt>Received</dt>
            <dd>{formatWhen(message.createdAt)}</dd>
            {message.orderNumber ? (
              <>
                <dt>Order number</dt>
                <dd>{message.orderNumber}</dd>
              </>
            ) : null}
            <dt>Handled</dt>
            <dd>{message.handledAt ? formatWhen(message.handledAt) : "Not yet"}</dd>
          </dl>
          {/* Plain text exactly as written; React escapes it, and line breaks are kept by CSS. */}
          <div className="message-body">{message.message}</div>
        </section>

        <section aria-labelledby="checks-title" className="panel">
          <h2 id="checks-title">Checks</h2>
          <dl className="meta-list">
            <dt>Spam score</dt>
            <dd>{message.spamScore}</dd>
            <dt>Reasons</dt>
            <dd>
              {message.spamReasons.length === 0 ? (
                "None"
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
            <dt>Same sender</dt>
            <dd>
              {message.otherFromSameAddress === 0
                ? "No other messages from this client address"
                : `${message.otherFromSameAddress} other message${message.otherFromSameAddress === 1 ? "" : "s"} from this client address`}
            </dd>
          </dl>
          <div className="button-row">
            {contactStatuses
              .filter((status) => status !== message.status)
              .map((status) => (
                <ButtonAction
                  key={status}
                  action={setContactStatusAction}
                  fields={{ id: message.id, status }}
                  label={markLabels[status]}
                  secondary
                />
              ))}
          </div>
        </section>
      </div>

      <section aria-labelledby="replies-title" className="panel">
        <h2 id="replies-title">Replies</h2>
        {message.replies.length === 0 ? (
          <p>No reply sent yet.</p>
        ) : (
          <ol className="reply-list">
            {message.replies.map((reply) => (
              <li key={reply.id}>
                <p className="muted">
                  {reply.staffName ?? "Staff"}, {formatWhen(reply.createdAt)}
                </p>
                <div className="message-body">{reply.body}</div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="reply-title" className="panel">
        <h2 id="reply-title">Reply by e-mail</h2>
        {message.status === "SPAM" ? (
          <p>This message is marked as spam. Mark it as new to reply.</p>
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
