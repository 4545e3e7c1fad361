import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listCustomers } from "@/lib/customers/list-customers";
import { type CustomerListQuery, customerListQuerySchema } from "@/lib/customers/schemas";
import { localeHref } from "@/lib/i18n/paths";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import { TableHead } from "@/app/admin/_components/table-head";
import "../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.customers");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/customers");
  const parsed = customerListQuerySchema.safeParse(flatParams(await searchParams));
  const query: CustomerListQuery = parsed.success ? parsed.data : { page: 1 };
  const result = await listCustomers(db, query, env.SHOP_CURRENCY);
  const hrefFor = (page: number) => `/admin/customers${queryString({ q: query.q, page: page > 1 ? page : undefined })}`;
  const t = await getTranslations("admin.customers");
  const format = await adminFormat();

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <p className="muted">{t("accounts", { count: result.total })}</p>
      </div>

      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          {t("searchInvalid")}
        </p>
      ) : null}

      <form className="toolbar" role="search" action={await localeHref("/admin/customers")} method="get">
        <div className="form-field">
          <label htmlFor="customer-search">{t("searchLabel")}</label>
          <input
            id="customer-search"
            className="input"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            maxLength={100}
          />
        </div>
        <button type="submit" className="button">
          {t("search")}
        </button>
        {query.q ? <LocaleLink href="/admin/customers">{t("clearSearch")}</LocaleLink> : null}
      </form>

      {result.items.length === 0 ? (
        <p>{query.q ? t("noneMatching") : t("none")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <TableHead
              columns={[
                t("columns.name"),
                t("columns.email"),
                t("columns.created"),
                { label: t("columns.orders"), num: true },
                { label: t("columns.spent"), num: true },
                t("columns.status"),
              ]}
            />
            <tbody>
              {result.items.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <LocaleLink href={`/admin/customers/${customer.id}`}>{customer.name}</LocaleLink>
                  </td>
                  <td className="wrap-anywhere">{customer.email}</td>
                  <td>{format.day(customer.createdAt)}</td>
                  <td className="num">{format.count(customer.orderCount)}</td>
                  <td className="num">{format.amount(customer.spentMinor, customer.currency)}</td>
                  <td>
                    {customer.disabledAt ? (
                      <span className="badge badge-danger">{t("disabled")}</span>
                    ) : (
                      <span className="badge badge-ok">{t("active")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small-print">{t("spentNote", { currency: env.SHOP_CURRENCY })}</p>
      <ListPager
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={t("counted", { count: result.total })}
        hrefFor={hrefFor}
      />
    </main>
  );
}
