import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { ListPager } from "@/app/admin/_components/list-pager";
import { TableHead } from "@/app/admin/_components/table-head";
import { adminFormat } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { RETURN_PAGE_SIZE, listReturns } from "@/lib/returns/list-returns";
import { RETURN_STATUSES, type ReturnListQuery, returnListQuerySchema } from "@/lib/returns/schemas";
import { ReturnStatusBadge } from "./status-badge";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.returns");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function ReturnsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/returns");
  const parsed = returnListQuerySchema.safeParse(flatParams(await searchParams));
  const query: ReturnListQuery = parsed.success ? parsed.data : { page: 1 };
  const result = await listReturns(db, query);
  const hrefFor = (status: ReturnListQuery["status"], page = 1) =>
    `/admin/returns${queryString({ status, page: page > 1 ? page : undefined })}`;
  const t = await getTranslations("admin");
  const format = await adminFormat();

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("returns.title")}</h1>
        <p className="muted">{t("returns.intro")}</p>
      </div>
      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("returns.filterInvalid")}
        </p>
      ) : null}
      <nav aria-label={t("returns.filterLabel")} className="filter-tabs">
        <ul>
          {[undefined, ...RETURN_STATUSES].map((status) => (
            <li key={status ?? "ALL"}>
              <LocaleLink href={hrefFor(status)} aria-current={query.status === status ? "page" : undefined}>
                {status ? t(`returnStatus.${status}`) : t("returns.all")}
              </LocaleLink>
            </li>
          ))}
        </ul>
      </nav>
      {result.rows.length === 0 ? (
        <p>{t("returns.none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              {query.status
                ? t("returns.captionStatus", { status: t(`returnStatus.${query.status}`) })
                : t("returns.caption")}
            </caption>
            <TableHead
              columns={[
                t("returns.columns.return"),
                t("returns.columns.order"),
                t("returns.columns.shopper"),
                { label: t("returns.columns.units"), num: true },
                t("returns.columns.status"),
                t("returns.columns.requested"),
              ]}
            />
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <LocaleLink href={`/admin/returns/${row.id}`}>{row.number}</LocaleLink>
                  </td>
                  <td>
                    <LocaleLink href={`/admin/orders/${row.orderId}`}>{row.orderNumber}</LocaleLink>
                  </td>
                  <td className="wrap-anywhere">{row.email}</td>
                  <td className="num">{format.count(row.units)}</td>
                  <td>
                    <ReturnStatusBadge status={row.status} />
                  </td>
                  <td>{format.when(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListPager
        page={result.page}
        pageCount={Math.max(1, Math.ceil(result.total / RETURN_PAGE_SIZE))}
        total={result.total}
        noun={t("returns.counted", { count: result.total })}
        hrefFor={(page) => hrefFor(query.status, page)}
      />
    </main>
  );
}
