import type { Metadata } from "next";
import Link from "next/link";
import { RevenueChart } from "@/app/admin/_components/revenue-chart";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatAmount, formatWhen } from "@/app/admin/_lib/format";
import { contactSubjectLabels } from "@/lib/contact/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { orderStatusLabels } from "@/lib/orders/state-machine";
import { dailyRevenue, salesWindows } from "@/lib/reports/daily-revenue";
import { latestContactMessages } from "@/lib/reports/latest-contact-messages";
import { lowStockVariants } from "@/lib/reports/low-stock-variants";
import { orderStatusCounts } from "@/lib/reports/order-status-counts";
import "./dashboard.css";

export const metadata: Metadata = { title: "Dashboard", robots: { index: false } };
export const dynamic = "force-dynamic";

const WINDOW_LABELS: Record<number, string> = { 1: "Today", 7: "Last 7 days", 30: "Last 30 days" };

export default async function DashboardPage() {
  await staffGate("/admin");
  const currency = env.SHOP_CURRENCY;
  const [days, statuses, lowStock, messages] = await Promise.all([
    dailyRevenue(db, { days: 30, currency }),
    orderStatusCounts(db),
    lowStockVariants(db),
    latestContactMessages(db),
  ]);
  const windows = salesWindows(days);
  const money = (minor: number) => formatAmount(minor, currency);

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Dashboard</h1>
      <p className="muted">
        Revenue is what orders paid on each day brought in, less everything refunded on them since, VAT included, in{" "}
        {currency}. Days run midnight to midnight in the shop&rsquo;s time zone, {env.SHOP_TIME_ZONE}.
      </p>

      <section aria-labelledby="sales-title">
        <h2 id="sales-title" className="visually-hidden">
          Sales
        </h2>
        <dl className="stat-grid dash-stats">
          {windows.map((w) => (
            <div className="stat" key={w.days} data-testid={`revenue-${w.days}`}>
              <dt>{WINDOW_LABELS[w.days] ?? `Last ${w.days} days`}</dt>
              <dd>
                <span data-testid={`revenue-${w.days}-net`}>{money(w.netMinor)}</span>
                <small>
                  {w.orders === 1 ? "1 order paid" : `${w.orders} orders paid`}
                  {w.refundedMinor > 0 ? ` · ${money(w.refundedMinor)} refunded` : ""}
                </small>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="chart-title" className="panel">
        <h2 id="chart-title">Net revenue per day</h2>
        <RevenueChart days={days} currency={currency} id="revenue-chart" />
      </section>

      <div className="dash-columns">
        <div className="dash-stack">
          <section aria-labelledby="states-title" className="panel">
            <h2 id="states-title">Orders by state</h2>
            <ul className="status-counts">
              {statuses.map((s) => (
                <li key={s.status}>
                  <Link href={`/admin/orders?status=${s.status}`}>{orderStatusLabels[s.status]}</Link>
                  <span className="count">{s.count}</span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="messages-title" className="panel">
            <h2 id="messages-title">Latest messages</h2>
            {messages.length === 0 ? (
              <p>No contact messages yet.</p>
            ) : (
              <ul className="status-counts">
                {messages.map((m) => (
                  <li key={m.id}>
                    <span className="wrap-anywhere">
                      <strong>{m.name}</strong>: {contactSubjectLabels[m.subject]}
                      {m.orderNumber ? ` (${m.orderNumber})` : ""}
                      <br />
                      <span className="muted">{formatWhen(m.createdAt)}</span>
                    </span>
                    <span className={m.status === "NEW" ? "badge badge-warn" : "badge"}>
                      {m.status === "NEW" ? "New" : "Handled"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link href="/admin/messages">All messages</Link>
            </p>
          </section>
        </div>

        <section aria-labelledby="stock-title" className="panel">
          <h2 id="stock-title">Low stock</h2>
          {lowStock.length === 0 ? (
            <p>Every variant on sale has more than a few units available.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col">SKU</th>
                    <th scope="col" className="num">
                      Available
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {lowStock.map((v) => (
                    <tr key={v.variantId}>
                      <td>
                        {v.productName}
                        {v.variantTitle ? <span className="muted"> — {v.variantTitle}</span> : null}
                      </td>
                      <td>{v.sku}</td>
                      <td className="num">
                        {v.available <= 0 ? <span className="badge badge-danger">Sold out</span> : v.available}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
