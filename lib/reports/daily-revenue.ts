import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { shopDay } from "./shop-day";

// What the dashboard calls revenue, so that it always equals a plain SUM over the orders table:
//
//   revenue of a day = Σ (totalMinor − refundedMinor) over the orders whose paidAt falls on that day,
//                      as a calendar day in SHOP_TIME_ZONE, in the shop's currency, VAT included.
//
// An order counts when it was paid (paidAt is set by the one transition to PAID), whatever happened to it later:
// shipped, delivered, refunded or cancelled after payment. Refunds are netted against the day the order was paid,
// not the day of the refund, so a refund lowers that day's figure; a fully refunded order adds 0. Orders that
// were never paid (awaiting payment, expired, cancelled unpaid) do not count. "Orders" is how many were paid.

export interface RevenueDay {
  /** YYYY-MM-DD in the shop's time zone. */
  day: string;
  /** Paid totals less their refunds, in minor units. */
  netMinor: number;
  grossMinor: number;
  refundedMinor: number;
  orders: number;
}

interface Row {
  day: string;
  grossMinor: bigint;
  refundedMinor: bigint;
  orders: number;
}

/** The last `days` calendar days up to and including today (shop time), oldest first, days without sales as 0. */
export async function dailyRevenue(
  db: Db,
  options: { now?: Date; days?: number; currency?: string; timeZone?: string } = {},
): Promise<RevenueDay[]> {
  const { now = new Date(), days = 30, currency = env.SHOP_CURRENCY, timeZone = env.SHOP_TIME_ZONE } = options;
  const today = shopDay(now, timeZone);
  const rows = await db.$queryRaw<Row[]>`
    WITH days AS (
      SELECT gs::date AS day
      FROM generate_series((${today}::date - ${days - 1}::int)::timestamp, ${today}::date::timestamp, interval '1 day') AS gs
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
           coalesce(sum(o."totalMinor"), 0)::bigint AS "grossMinor",
           coalesce(sum(o."refundedMinor"), 0)::bigint AS "refundedMinor",
           count(o.id)::int AS orders
    FROM days d
    LEFT JOIN orders o
      ON o."paidAt" >= (d.day::timestamp AT TIME ZONE ${timeZone})
     AND o."paidAt" < ((d.day + 1)::timestamp AT TIME ZONE ${timeZone})
     AND o.currency = ${currency}
    GROUP BY d.day
    ORDER BY d.day`;
  return rows.map((row) => {
    const grossMinor = Number(row.grossMinor);
    const refundedMinor = Number(row.refundedMinor);
    return { day: row.day, grossMinor, refundedMinor, netMinor: grossMinor - refundedMinor, orders: row.orders };
  });
}

export interface SalesWindow {
  days: number;
  netMinor: number;
  refundedMinor: number;
  orders: number;
}

/** Today, the last 7 and the last 30 days (each including today), summed from the daily figures. */
export function salesWindows(series: RevenueDay[], windows: readonly number[] = [1, 7, 30]): SalesWindow[] {
  return windows.map((days) => {
    const slice = series.slice(-days);
    return {
      days,
      netMinor: slice.reduce((sum, d) => sum + d.netMinor, 0),
      refundedMinor: slice.reduce((sum, d) => sum + d.refundedMinor, 0),
      orders: slice.reduce((sum, d) => sum + d.orders, 0),
    };
  });
}
