import { getTranslations } from "next-intl/server";
import { formatMoney, minorUnitDigits } from "@/lib/money/money";
import type { RevenueDay } from "@/lib/reports/daily-revenue";

// A bar chart drawn on the server as SVG: no script, readable by screen readers through its title and description,
// with the exact figures in a table that can be opened below it.

const WIDTH = 760;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 40, left: 72 };
const TICKS = 4;

/** A round step (1, 2, 2.5 or 5 × 10ⁿ minor units) so that TICKS steps cover `max`. */
function tickStep(max: number): number {
  const raw = max / TICKS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.ceil(step);
}

/** The chart's words in the page's language; the page awaits them and passes them in (the chart renders at once). */
export const chartText = () => getTranslations("admin.dashboard.chart");
export type ChartText = Awaited<ReturnType<typeof chartText>>;

export function RevenueChart({
  days,
  currency,
  id,
  t,
  locale,
}: {
  days: RevenueDay[];
  currency: string;
  id: string;
  t: ChartText;
  /** The formatting locale of the page (admin/_lib/format.ts adminLocale). */
  locale: string;
}) {
  const dayLabel = (day: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const money = (minor: number) => formatMoney({ amountMinor: minor, currency }, locale);
  const axisMoney = (minor: number) =>
    new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(
      minor / 10 ** minorUnitDigits(currency),
    );
  const floor = 10 * 10 ** minorUnitDigits(currency);
  const step = tickStep(Math.max(floor, ...days.map((d) => d.netMinor)));
  const top = step * TICKS;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / Math.max(1, days.length);
  const y = (minor: number) => MARGIN.top + plotH - (minor / top) * plotH;

  const first = days[0];
  const last = days.at(-1);
  const total = days.reduce((sum, d) => sum + d.netMinor, 0);
  const best = days.reduce<RevenueDay | undefined>((b, d) => (!b || d.netMinor > b.netMinor ? d : b), undefined);
  const long = (day: string) => dayLabel(day, { day: "numeric", month: "long" });
  const description =
    first && last
      ? t("description", { from: long(first.day), to: long(last.day), total: money(total) }) +
        (best && best.netMinor > 0
          ? t("descriptionBest", { amount: money(best.netMinor), day: long(best.day) })
          : t("descriptionNoSales"))
      : t("noDays");

  return (
    <figure className="revenue-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{t("title", { count: days.length })}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {Array.from({ length: TICKS + 1 }, (_, i) => i * step).map((value) => (
          <g key={value}>
            <line className="chart-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(value)} y2={y(value)} />
            <text className="chart-label" x={MARGIN.left - 8} y={y(value)} textAnchor="end" dominantBaseline="middle">
              {axisMoney(value)}
            </text>
          </g>
        ))}
        {days.map((d, i) => {
          const barW = slot * 0.7;
          const x = MARGIN.left + i * slot + (slot - barW) / 2;
          const h = (d.netMinor / top) * plotH;
          return (
            <g key={d.day}>
              {d.netMinor > 0 ? (
                <rect className="chart-bar" x={x} y={y(d.netMinor)} width={barW} height={Math.max(h, 1)} rx={2}>
                  <title>{t("barTitle", { day: long(d.day), amount: money(d.netMinor), count: d.orders })}</title>
                </rect>
              ) : null}
              {i % 5 === (days.length - 1) % 5 ? (
                <text className="chart-label" x={x + barW / 2} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {dayLabel(d.day, { day: "numeric", month: "short" })}
                </text>
              ) : null}
            </g>
          );
        })}
        <line
          className="chart-axis"
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={MARGIN.top + plotH}
          y2={MARGIN.top + plotH}
        />
      </svg>
      <details className="chart-data">
        <summary>{t("showTable")}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("day")}</th>
                <th scope="col" className="num">
                  {t("ordersPaid")}
                </th>
                <th scope="col" className="num">
                  {t("paid")}
                </th>
                <th scope="col" className="num">
                  {t("refunded")}
                </th>
                <th scope="col" className="num">
                  {t("netRevenue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{dayLabel(d.day, { weekday: "short", day: "numeric", month: "short" })}</th>
                  <td className="num">{d.orders}</td>
                  <td className="num">{money(d.grossMinor)}</td>
                  <td className="num">{d.refundedMinor > 0 ? `−${money(d.refundedMinor)}` : money(0)}</td>
                  <td className="num">{money(d.netMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
