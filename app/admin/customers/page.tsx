import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listCustomers } from "@/lib/customers/list-customers";
import { type CustomerListQuery, customerListQuerySchema } from "@/lib/customers/schemas";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatDay } from "@/app/admin/_lib/format";
import { type RawSearchParams, flatParams, queryString } from "@/app/admin/_lib/search-params";
import { ListPager } from "@/app/admin/_components/list-pager";
import "../people.css";

export const metadata: Metadata = { title: "Customers", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CustomersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/customers");
  const parsed = customerListQuerySchema.safeParse(flatParams(await searchParams));
  const query: CustomerListQuery = parsed.success ? parsed.data : { page: 1 };
  const result = await listCustomers(db, query, env.SHOP_CURRENCY);
  const hrefFor = (page: number) => `/admin/customers${queryString({ q: query.q, page: page > 1 ? page : undefined })}`;

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Customers</h1>
        <p className="muted">
          {result.total.toLocaleString("en")} customer {result.total === 1 ? "account" : "accounts"}
        </p>
      </div>

      {!parsed.success ? (
        <p role="alert" className="notice notice-error">
          The search in the address was not valid and has been reset.
        </p>
      ) : null}

      <form className="toolbar" role="search" action="/admin/customers" method="get">
        <div className="form-field">
          <label htmlFor="customer-search">Search by e-mail or name</label>
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
          Search
        </button>
        {query.q ? <Link href="/admin/customers">Clear the search</Link> : null}
      </form>

      {result.items.length === 0 ? (
        <p>{query.q ? "No customer matches this search." : "No customer accounts yet."}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Customer accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Account created</th>
                <th scope="col" className="num">
                  Orders
                </th>
                <th scope="col" className="num">
                  Spent
                </th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((customer) => (
                <tr key={customer.id}>
                  <td>
                    <Link href={`/admin/customers/${customer.id}`}>{customer.name}</Link>
                  </td>
                  <td className="wrap-anywhere">{customer.email}</td>
                  <td>{formatDay(customer.createdAt)}</td>
                  <td className="num">{customer.orderCount}</td>
                  <td className="num">{formatAmount(customer.spentMinor, customer.currency)}</td>
                  <td>
                    {customer.disabledAt ? (
                      <span className="badge badge-danger">Disabled</span>
                    ) : (
                      <span className="badge badge-ok">Active</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small-print">Spent: paid orders in {env.SHOP_CURRENCY}, less refunds.</p>
      <ListPager
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={{ one: "customer", other: "customers" }}
        hrefFor={hrefFor}
      />
    </main>
  );
}
