import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { toUrlSearchParams } from "@/lib/catalog/listing-params";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { searchParamsToObject } from "@/lib/http/search-params";
import { listOrdersForStaff } from "@/lib/orders/list-orders-for-staff";
import { type OrderListQuery, ORDER_PAGE_SIZE, orderListQuerySchema } from "@/lib/orders/schemas";
import { ORDER_STATUSES } from "@/lib/orders/state-machine";
import { localeHref } from "@/lib/i18n/paths";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translateZodIssue } from "@/lib/i18n/server-text";
import { fieldErrorsFromZod } from "@/lib/validation";
import "./orders.css";
import { OrderStatusBadge } from "./status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.orders");
  return { title: t("title"), robots: { index: false } };
}
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
  const language = await currentLanguage();
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error, (issue) => translateZodIssue(issue, language));
  const t = await getTranslations("admin");
  const format = await adminFormat();
  const query: OrderListQuery = parsed.success ? parsed.data : { page: 1, perPage: ORDER_PAGE_SIZE };
  const result = parsed.success ? await listOrdersForStaff(db, query) : null;
  const typed = (key: string) => (typeof raw[key] === "string" ? raw[key] : "");
  const filtered = Boolean(query.q || query.status || query.from || query.to);
  const exportSearch = searchFor({ q: query.q, status: query.status, from: query.from, to: query.to });

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("orders.title")}</h1>
        {result ? (
          <a className="button button-secondary" href={`/api/admin/orders/export${exportSearch}`} download>
            {filtered ? t("orders.downloadCsvFiltered") : t("orders.downloadCsv")}
          </a>
        ) : null}
      </div>

      <form
        method="get"
        action={await localeHref("/admin/orders")}
        className="toolbar order-filters"
        role="search"
        aria-label={t("orders.filterLabel")}
      >
        <div className="form-field">
          <label htmlFor="orders-q">{t("orders.search")}</label>
          <input
            id="orders-q"
            className="input"
            type="search"
            name="q"
            defaultValue={typed("q")}
            maxLength={100}
            placeholder={t("orders.searchPlaceholder")}
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
          <label htmlFor="orders-status">{t("orders.status")}</label>
          <select
            id="orders-status"
            className="input"
            name="status"
            defaultValue={typed("status")}
            aria-invalid={errors.status ? true : undefined}
            aria-describedby={errors.status ? "orders-status-error" : undefined}
          >
            <option value="">{t("orders.allStatuses")}</option>
            {ORDER_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`orderStatus.${value}`)}
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
            <label htmlFor={`orders-${key}`}>{key === "from" ? t("orders.placedFrom") : t("orders.placedUntil")}</label>
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
            {t("orders.filter")}
          </button>
          {filtered || !parsed.success ? (
            <LocaleLink href="/admin/orders">{t("orders.clearFilters")}</LocaleLink>
          ) : null}
        </div>
      </form>

      {!result ? (
        <p className="notice notice-error" role="alert">
          {t("orders.filtersInvalid")}
        </p>
      ) : (
        <>
          <p className="muted" role="status">
            {filtered
              ? t("orders.countMatching", { count: result.total, timeZone: env.SHOP_TIME_ZONE })
              : t("orders.count", { count: result.total, timeZone: env.SHOP_TIME_ZONE })}
          </p>
          {result.items.length === 0 ? (
            <p>{filtered ? t("orders.noneMatching") : t("orders.none")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" aria-label={t("orders.title")}>
                <thead>
                  <tr>
                    <th scope="col">{t("orders.colOrder")}</th>
                    <th scope="col">{t("orders.colPlaced")}</th>
                    <th scope="col">{t("orders.colCustomer")}</th>
                    <th scope="col">{t("orders.status")}</th>
                    <th scope="col" className="num">
                      {t("orders.colItems")}
                    </th>
                    <th scope="col" className="num">
                      {t("orders.colTotal")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((order) => (
                    <tr key={order.id}>
                      <td>
                        <LocaleLink href={`/admin/orders/${order.id}`}>{order.number}</LocaleLink>
                        {order.attentionReason ? (
                          <span className="badge badge-warn order-attention" title={order.attentionReason}>
                            {t("orders.needsAttention")}
                          </span>
                        ) : null}
                      </td>
                      <td>{format.when(order.createdAt)}</td>
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
                        {format.amount(order.totalMinor, order.currency)}
                        {order.refundedMinor > 0 ? (
                          <>
                            <br />
                            <span className="muted">
                              {t("orders.refunded", { amount: format.amount(order.refundedMinor, order.currency) })}
                            </span>
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
            <nav className="pager" aria-label={t("common.pager.label")}>
              {result.page > 1 ? (
                <LocaleLink href={`/admin/orders${searchFor(query, { page: result.page - 1 })}`} rel="prev">
                  ← {t("orders.newer")}
                </LocaleLink>
              ) : null}
              <span>{t("orders.page", { page: result.page, pageCount: result.pageCount })}</span>
              {result.page < result.pageCount ? (
                <LocaleLink href={`/admin/orders${searchFor(query, { page: result.page + 1 })}`} rel="next">
                  {t("orders.older")} →
                </LocaleLink>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </main>
  );
}
