import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { type ContactListQuery, contactListQuerySchema, contactStatuses } from "@/lib/contact/admin-schemas";
import { countContactMessages, listContactMessages } from "@/lib/contact/list-contact-messages";
import { messageSubjectLine } from "./subject-line";
import { staffGate } from "@/app/admin/_lib/gate";
import { settingsFormat } from "@/app/admin/_settings/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import { ContactStatusBadge } from "./status-badge";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.messages");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function MessagesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/messages");
  const parsed = contactListQuerySchema.safeParse(flatParams(await searchParams));
  const query: ContactListQuery = parsed.success ? parsed.data : { status: "NEW", page: 1 };
  const [result, counts] = await Promise.all([listContactMessages(db, query), countContactMessages(db)]);
  const hrefFor = (status: ContactListQuery["status"], page = 1) =>
    `/admin/messages${queryString({ status: status === "NEW" ? undefined : status, page: page > 1 ? page : undefined })}`;
  const subjectLine = await messageSubjectLine();
  const all = counts.NEW + counts.HANDLED + counts.SPAM;
  const [t, format] = await Promise.all([getTranslations("adminSettings.messages"), settingsFormat()]);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("intro")}</p>
      </div>
      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("badFilter")}
        </p>
      ) : null}

      <nav aria-label={t("filterLabel")} className="filter-tabs">
        <ul>
          {[...contactStatuses, "ALL" as const].map((status) => (
            <li key={status}>
              <Link href={hrefFor(status)} aria-current={query.status === status ? "page" : undefined}>
                {t(`filter.${status}`)} ({status === "ALL" ? all : counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {result.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t(`caption.${query.status}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.received")}</th>
                <th scope="col">{t("columns.from")}</th>
                <th scope="col">{t("columns.about")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col" className="num">
                  {t("columns.spamScore")}
                </th>
                <th scope="col" className="num">
                  {t("columns.replies")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((message) => (
                <tr key={message.id}>
                  <td>{format.when(message.createdAt)}</td>
                  <td className="wrap-anywhere">
                    {message.name}
                    <br />
                    <span className="muted">{message.email}</span>
                  </td>
                  <td>
                    <Link href={`/admin/messages/${message.id}`}>{subjectLine(message)}</Link>
                  </td>
                  <td>
                    <ContactStatusBadge status={message.status} label={t(`status.${message.status}`)} />
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
        noun={t("counted", { count: result.total })}
        hrefFor={(page) => hrefFor(query.status, page)}
      />
    </main>
  );
}
