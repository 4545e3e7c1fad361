import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import { toUrlSearchParams } from "@/lib/catalog/listing-params";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { searchParamsToObject } from "@/lib/http/handler";
import { listOrdersForStaff } from "@/lib/orders/list-orders-for-staff";
import { type OrderListQuery, ORDER_PAGE_SIZE, orderListQuerySchema } from "@/lib/orders/schemas";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { fieldErrorsFromZod } from "@/lib/validation";
import "./orders.css";
import { OrderStatusBadge } from "./status-badge";

export const metadata: Metadata = { title: "Orders", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The URL of the list with these filters (defaults left out), for paging and the CSV export. */
function searchFor(query: Partial<OrderListQuery>, extra: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.perPage && query.perPage !== ORDER_PAGE_SIZE) params.set("perPage", String(query.perPage));
  if (extra.page && extra.page > 1) params.set("page", String(extra.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export default async function AdminOrdersPage({ searchParams }: Props) {
  await staffGate("/admin/orders");
  const raw = searchParamsToObject(toUrlSearchParams(await searchParams));
  const parsed = orderListQuerySchema.safeParse(raw);
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const query: OrderListQuery = parsed.success ? parsed.data : { page: 1, perPage: ORDER_PAGE_SIZE };
  const result = parsed.success ? await listOrdersForStaff(db, query) : null;
  const typed = (key: string) => (typeof raw[key] === "string" ? raw[key] : "");
  const filtered = Boolean(query.q || query.status || query.from || query.to);
  const exportSearch = searchFor({ q: query.q, status: query.status, from: query.from, to: query.to });

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Orders</h1>
        {result ? (
          <a className="button button-secondary" href={`/api/admin/orders/export${exportSearch}`} download>
            Download CSV{filtered ? " (these filters)" : ""}
          </a>
        ) : null}
      </div>

      <form
        method="get"
        action="/admin/orders"
        className="toolbar order-filters"
        role="search"
        aria-label="Filter orders"
      >
        <div className="form-field">
          <label htmlFor="orders-q">Search</label>
          <input
            id="orders-q"
            className="input"
            type="search"
            name="q"
            defaultValue={typed("q")}
            maxLength={100}
            placeholder="Number, e-mail or name"
            aria-invalid={errors.q ? true : undefined}
            aria-describedby={errors.q ? "orders-q-error" : undefined}
          />
          {errors.q ? (
            <p id="orders-q-error" className="form-error">
              {errors.q}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor="orders-status">Status</label>
          <select
            id="orders-status"
            className="input"
            name="status"
            defaultValue={typed("status")}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? "orders-status-error" : undefined}
          >
            <option value="">All</option>
            {Object.entries(orderStatusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {errors.status ? (
            <p id="orders-status-error" className="form-error">
              {errors.status}
            </p>
          ) : null}
        </div>
        {(["from", "to"] as const).map((key) => (
          <div className="form-field" key={key}>
            <label htmlFor={`orders-${key}`}>{key === "from" ? "Placed from" : "Placed until"}</label>
            <input
              id={`orders-${key}`}
              className="input"
              type="date"
              name={key}
              defaultValue={typed(key)}
              aria-invalid={errors[key] ? true : undefined}
              aria-describedby={errors[key] ? `orders-${key}-error` : undefined}
            />
            {errors[key] ? (
              <p id={`orders-${key}-error`} className="form-error">
                {errors[key]}
              </p>
            ) : null}
          </div>
        ))}
        <div className="order-filter-buttons">
          <button className="button" type="submit">
            Filter
          </button>
          {filtered || !parsed.success ? <Link href="/admin/orders">Clear filters</Link> : null}
        </div>
      </form>

      {!result ? (
        <p className="notice notice-error" role="alert">
          Some filters could not be used; correct the marked fields.
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {result.total === 1 ? "1 order" : `${result.total} orders`}
            {filtered ? " match" : ""} · newest first · dates in {env.SHOP_TIME_ZONE}
          </p>
          {result.items.length === 0 ? (
            <p>No orders {filtered ? "match these filters" : "yet"}.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" aria-label="Orders">
                <thead>
                  <tr>
                    <th scope="col">Order</th>
                    <th scope="col">Placed</th>
                    <th scope="col">Customer</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Items
                    </th>
                    <th scope="col" className="num">
                      Total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((order) => (
                    <tr key={order.id}>
                      <td>
                        <Link href={`/admin/orders/${order.id}`}>{order.number}</Link>
                        {order.attentionReason ? (
                          <span className="badge badge-warn order-attention" title={order.attentionReason}>
                            Needs attention
                          </span>
                        ) : null}
                      </td>
                      <td>{formatWhen(order.createdAt)}</td>
                      <td className="wrap-anywhere">
                        {order.customerName}
                        <br />
                        <span className="muted">{order.email}</span>
                      </td>
                      <td>
                        <OrderStatusBadge status={order.status} />
                      </td>
                      <td className="num">{order.itemCount}</td>
                      <td className="num">
                        {formatAmount(order.totalMinor, order.currency)}
                        {order.refundedMinor > 0 ? (
                          <>
                            <br />
                            <span className="muted">−{formatAmount(order.refundedMinor, order.currency)} refunded</span>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.pageCount > 1 ? (
            <nav className="pager" aria-label="Pages">
              {result.page > 1 ? (
                <Link href={`/admin/orders${searchFor(query, { page: result.page - 1 })}`} rel="prev">
                  ← Newer
                </Link>
              ) : null}
              <span>
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? (
                <Link href={`/admin/orders${searchFor(query, { page: result.page + 1 })}`} rel="next">
                  Older →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </main>
  );
}
