import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { RevenueChart, chartText } from "@/app/admin/_components/revenue-chart";
import { staffGate } from "@/app/admin/_lib/gate";
import { adminFormat } from "@/app/admin/_lib/format";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { dailyRevenue, salesWindows } from "@/lib/reports/daily-revenue";
import { latestContactMessages } from "@/lib/reports/latest-contact-messages";
import { lowStockVariants } from "@/lib/reports/low-stock-variants";
import { orderStatusCounts } from "@/lib/reports/order-status-counts";
import "./dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.dashboard");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

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
  const t = await getTranslations("admin");
  const format = await adminFormat();
  const money = (minor: number) => format.amount(minor, currency);
  const chart = await chartText();

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>{t("dashboard.title")}</h1>
      <p className="muted">{t("dashboard.intro", { currency, timeZone: env.SHOP_TIME_ZONE })}</p>

      <section aria-labelledby="sales-title">
        <h2 id="sales-title" className="visually-hidden">
          {t("dashboard.sales")}
        </h2>
        <dl className="stat-grid dash-stats">
          {windows.map((w) => (
            <div className="stat" key={w.days} data-testid={`revenue-${w.days}`}>
              <dt>{w.days === 1 ? t("dashboard.today") : t("dashboard.lastDays", { count: w.days })}</dt>
              <dd>
                <span data-testid={`revenue-${w.days}-net`}>{money(w.netMinor)}</span>
                <small>
                  {t("dashboard.ordersPaid", { count: w.orders })}
                  {w.refundedMinor > 0 ? ` · ${t("dashboard.refunded", { amount: money(w.refundedMinor) })}` : ""}
                </small>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="chart-title" className="panel">
        <h2 id="chart-title">{t("dashboard.chartTitle")}</h2>
        <RevenueChart days={days} currency={currency} id="revenue-chart" t={chart} locale={format.locale} />
      </section>

      <div className="dash-columns">
        <div className="dash-stack">
          <section aria-labelledby="states-title" className="panel">
            <h2 id="states-title">{t("dashboard.ordersByState")}</h2>
            <ul className="status-counts">
              {statuses.map((s) => (
                <li key={s.status}>
                  <LocaleLink href={`/admin/orders?status=${s.status}`}>{t(`orderStatus.${s.status}`)}</LocaleLink>
                  <span className="count">{format.count(s.count)}</span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="messages-title" className="panel">
            <h2 id="messages-title">{t("dashboard.latestMessages")}</h2>
            {messages.length === 0 ? (
              <p>{t("dashboard.noMessages")}</p>
            ) : (
              <ul className="status-counts">
                {messages.map((m) => (
                  <li key={m.id}>
                    <span className="wrap-anywhere">
                      <strong>{m.name}</strong>: {t(`dashboard.subject.${m.subject}`)}
                      {m.orderNumber ? ` (${m.orderNumber})` : ""}
                      <br />
                      <span className="muted">{format.when(m.createdAt)}</span>
                    </span>
                    <span className={m.status === "NEW" ? "badge badge-warn" : "badge"}>
                      {m.status === "NEW" ? t("dashboard.messageNew") : t("dashboard.messageHandled")}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <LocaleLink href="/admin/messages">{t("dashboard.allMessages")}</LocaleLink>
            </p>
          </section>
        </div>

        <section aria-labelledby="stock-title" className="panel">
          <h2 id="stock-title">{t("dashboard.lowStock")}</h2>
          {lowStock.length === 0 ? (
            <p>{t("dashboard.noLowStock")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("dashboard.product")}</th>
                    <th scope="col">{t("dashboard.sku")}</th>
                    <th scope="col" className="num">
                      {t("dashboard.available")}
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
                        {v.available <= 0 ? (
                          <span className="badge badge-danger">{t("dashboard.soldOut")}</span>
                        ) : (
                          format.count(v.available)
                        )}
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
