import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { type ContactListQuery, contactListQuerySchema, contactStatuses } from "@/lib/contact/admin-schemas";
import { countContactMessages, listContactMessages } from "@/lib/contact/list-contact-messages";
import { contactSubjectLine } from "@/lib/contact/subject-line";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatWhen } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import { ContactStatusBadge } from "./status-badge";
import "../people.css";

export const metadata: Metadata = { title: "Messages", robots: { index: false } };
export const dynamic = "force-dynamic";

const filterLabels = { NEW: "New", HANDLED: "Handled", SPAM: "Spam", ALL: "All" } as const;

export default async function MessagesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/messages");
  const parsed = contactListQuerySchema.safeParse(flatParams(await searchParams));
  const query: ContactListQuery = parsed.success ? parsed.data : { status: "NEW", page: 1 };
  const [result, counts] = await Promise.all([listContactMessages(db, query), countContactMessages(db)]);
  const hrefFor = (status: ContactListQuery["status"], page = 1) =>
    `/admin/messages${queryString({ status: status === "NEW" ? undefined : status, page: page > 1 ? page : undefined })}`;
  const all = counts.NEW + counts.HANDLED + counts.SPAM;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Messages</h1>
        <p className="muted">What visitors sent through the contact form.</p>
      </div>
      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          The filter in the address was not valid; showing new messages.
        </p>
      ) : null}

      <nav aria-label="Filter by status" className="filter-tabs">
        <ul>
          {[...contactStatuses, "ALL" as const].map((status) => (
            <li key={status}>
              <Link href={hrefFor(status)} aria-current={query.status === status ? "page" : undefined}>
                {filterLabels[status]} ({status === "ALL" ? all : counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {result.items.length === 0 ? (
        <p>No messages here.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{filterLabels[query.status]} messages, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">From</th>
                <th scope="col">About</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Spam score
                </th>
                <th scope="col" className="num">
                  Replies
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((message) => (
                <tr key={message.id}>
                  <td>{formatWhen(message.createdAt)}</td>
                  <td className="wrap-anywhere">
                    {message.name}
                    <br />
                    <span className="muted">{message.email}</span>
                  </td>
                  <td>
                    <Link href={`/admin/messages/${message.id}`}>{contactSubjectLine(message)}</Link>
                  </td>
                  <td>
                    <ContactStatusBadge status={message.status} />
                  </td>
                  <td className="num">{message.spamScore}</td>
                  <td className="num">{message.replyCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={{ one: "message", other: "messages" }}
        hrefFor={(page) => hrefFor(query.status, page)}
      />
    </main>
  );
}
