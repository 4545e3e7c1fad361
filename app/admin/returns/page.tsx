import type { Metadata } from "next";
import Link from "next/link";
import { ListPager } from "@/app/admin/_components/list-pager";
import { TableHead } from "@/app/admin/_components/table-head";
import { formatWhen } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { returnStatusLabels } from "@/lib/returns/lock-return";
import { RETURN_PAGE_SIZE, listReturns } from "@/lib/returns/list-returns";
import { RETURN_STATUSES, type ReturnListQuery, returnListQuerySchema } from "@/lib/returns/schemas";
import { ReturnStatusBadge } from "./status-badge";
import "../people.css";

export const metadata: Metadata = { title: "Returns", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ReturnsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/returns");
  const parsed = returnListQuerySchema.safeParse(flatParams(await searchParams));
  const query: ReturnListQuery = parsed.success ? parsed.data : { page: 1 };
  const result = await listReturns(db, query);
  const hrefFor = (status: ReturnListQuery["status"], page = 1) =>
    `/admin/returns${queryString({ status, page: page > 1 ? page : undefined })}`;
  const title = query.status ? returnStatusLabels[query.status] : "All";

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Returns</h1>
        <p className="muted">What shoppers asked to send back, and where each return stands.</p>
      </div>
      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          The filter in the address was not valid; showing all returns.
        </p>
      ) : null}
      <nav aria-label="Filter by status" className="filter-tabs">
        <ul>
          {[undefined, ...RETURN_STATUSES].map((status) => (
            <li key={status ?? "ALL"}>
              <Link href={hrefFor(status)} aria-current={query.status === status ? "page" : undefined}>
                {status ? returnStatusLabels[status] : "All"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {result.rows.length === 0 ? (
        <p>No returns here.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title} returns, newest first</caption>
            <TableHead columns={["Return", "Order", "Shopper", { label: "Units", num: true }, "Status", "Requested"]} />
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <Link href={`/admin/returns/${row.id}`}>{row.number}</Link>
                  </td>
                  <td>
                    <Link href={`/admin/orders/${row.orderId}`}>{row.orderNumber}</Link>
                  </td>
                  <td className="wrap-anywhere">{row.email}</td>
                  <td className="num">{row.units}</td>
                  <td>
                    <ReturnStatusBadge status={row.status} />
                  </td>
                  <td>{formatWhen(row.createdAt)}</td>
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
        noun={{ one: "return", other: "returns" }}
        hrefFor={(page) => hrefFor(query.status, page)}
      />
    </main>
  );
}
