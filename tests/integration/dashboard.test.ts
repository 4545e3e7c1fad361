import { randomUUID } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/accounts/types";
import DashboardPage from "@/app/admin/page";
import { GET as salesReport } from "@/app/api/admin/reports/sales/route";
import { createDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/money/money";
import { refundOrder } from "@/lib/orders/refund-order";
import { dailyRevenue, salesWindows } from "@/lib/reports/daily-revenue";
import { orderStatusCounts } from "@/lib/reports/order-status-counts";
import { placePaidOrder, placeUnpaidOrder, staffActor } from "../support/paid-orders";
import { call } from "../support/route";

// The dashboard's figures are checked against sums the test computes itself, in SQL written independently of the
// report (date_trunc in the time zone rather than a day series joined to orders), over the whole orders table.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(session.user),
}));

const db = createDb(inject("databaseUrl"), 4);
afterAll(() => db.$disconnect());
const actor = staffActor();
const staffUser: CurrentUser = { id: randomUUID(), email: "s@example.com", name: "S", role: "STAFF" };

/** Net revenue and paid orders of the `days` calendar days up to the one containing `now`, in `timeZone`. */
async function independentSum(now: Date, days: number, timeZone: string, currency = "EUR") {
  const [row] = await db.$queryRaw<{ net: bigint; orders: bigint }[]>`
    SELECT coalesce(sum("totalMinor" - "refundedMinor"), 0)::bigint AS net, count(*) AS orders
    FROM orders
    WHERE currency = ${currency}
      AND "paidAt" >= (date_trunc('day', ${now}::timestamptz AT TIME ZONE ${timeZone}) - ${days - 1} * interval '1 day')
                      AT TIME ZONE ${timeZone}
      AND "paidAt" < (date_trunc('day', ${now}::timestamptz AT TIME ZONE ${timeZone}) + interval '1 day') AT TIME ZONE ${timeZone}`;
  return { netMinor: Number(row?.net ?? 0), orders: Number(row?.orders ?? 0) };
}

const setPaidAt = (orderId: string, at: string) =>
  db.$executeRaw`UPDATE orders SET "paidAt" = ${new Date(at)} WHERE id = ${orderId}::uuid`;

describe("sales figures in a time zone east of UTC", () => {
  // 15 June 2031, 12:00 in Prague (UTC+2): far from the other tests' orders, which are paid "now".
  const now = new Date("2031-06-15T10:00:00Z");
  const timeZone = "Europe/Prague";
  const expected = new Map<string, { net: number; orders: number }>();

  beforeAll(async () => {
    const paid = async (at: string, day: string, refund = 0) => {
      const order = await placePaidOrder(db, [{ priceMinor: 1000 + Math.floor(Math.random() * 9000), quantity: 1 }]);
      if (refund > 0) {
        await refundOrder(db, actor, order.orderId, {
          amountMinor: Math.min(refund, order.totalMinor),
          reason: "Test",
        });
      }
      await setPaidAt(order.orderId, at);
      const net = order.totalMinor - Math.min(refund, order.totalMinor);
      const entry = expected.get(day) ?? { net: 0, orders: 0 };
      expected.set(day, { net: entry.net + net, orders: entry.orders + 1 });
      return order;
    };
    await paid("2031-06-15T09:00:00Z", "2031-06-15", 500); // today, partly refunded
    await paid("2031-06-14T22:30:00Z", "2031-06-15"); // 00:30 today in Prague, though still the 14th in UTC
    await paid("2031-06-14T21:30:00Z", "2031-06-14"); // 23:30 yesterday in Prague
    await paid("2031-06-09T10:00:00Z", "2031-06-09"); // the 7th day back, inside "7 days"
    await paid("2031-06-08T10:00:00Z", "2031-06-08"); // the 8th day back, outside
    await paid("2031-05-17T10:00:00Z", "2031-05-17", 1_000_000); // the 30th day back, refunded in full: 0, 1 order
    await paid("2031-05-16T10:00:00Z", "2031-05-16"); // the 31st day back, outside
    // Another currency and an unpaid order never count.
    const dollars = await placePaidOrder(db, [{ priceMinor: 5000, quantity: 1 }]);
    await db.$executeRaw`UPDATE orders SET currency = 'USD', "paidAt" = ${now} WHERE id = ${dollars.orderId}::uuid`;
    const unpaid = await placeUnpaidOrder(db, [{ priceMinor: 5000, quantity: 1 }]);
    await db.$executeRaw`UPDATE orders SET "createdAt" = ${now} WHERE id = ${unpaid.orderId}::uuid`;
  });

  it("equals independent SQL sums for today, 7 and 30 days, refunds netted", async () => {
    const days = await dailyRevenue(db, { now, timeZone, currency: "EUR", days: 30 });
    const windows = salesWindows(days);
    for (const w of windows) {
      const sql = await independentSum(now, w.days, timeZone);
      expect({ days: w.days, netMinor: w.netMinor, orders: w.orders }).toEqual({ days: w.days, ...sql });
    }
    const sum = (from: string) =>
      [...expected.entries()].filter(([d]) => d >= from && d <= "2031-06-15").reduce((s, [, v]) => s + v.net, 0);
    expect(windows.map((w) => w.netMinor)).toEqual([sum("2031-06-15"), sum("2031-06-09"), sum("2031-05-17")]);
    expect(windows.map((w) => w.orders)).toEqual([2, 4, 6]);
  });

  it("gives every one of the 30 days, oldest first, with the right day's figures", async () => {
    const days = await dailyRevenue(db, { now, timeZone, currency: "EUR", days: 30 });
    expect(days).toHaveLength(30);
    expect(days[0]?.day).toBe("2031-05-17");
    expect(days.at(-1)?.day).toBe("2031-06-15");
    for (const d of days) {
      const want = expected.get(d.day) ?? { net: 0, orders: 0 };
      expect({ day: d.day, net: d.netMinor, orders: d.orders }).toEqual({ day: d.day, ...want });
      expect(d.netMinor).toBe(d.grossMinor - d.refundedMinor);
    }
    expect(days.find((d) => d.day === "2031-05-17")).toMatchObject({ orders: 1, netMinor: 0 });
  });

  it("moves the midnight boundary with the time zone", async () => {
    const inUtc = await dailyRevenue(db, { now, timeZone: "UTC", currency: "EUR", days: 2 });
    const utcSql = [await independentSum(now, 1, "UTC"), await independentSum(now, 2, "UTC")];
    expect(salesWindows(inUtc, [1, 2]).map((w) => ({ netMinor: w.netMinor, orders: w.orders }))).toEqual(utcSql);
    // In UTC, the 22:30 and 21:30 orders both fall on the 14th, so today has one order, not two.
    expect(inUtc.at(-1)?.orders).toBe(1);
  });
});

describe("the dashboard today", () => {
  it("shows the same figures as independent SQL over the orders table, and every order state", async () => {
    await placePaidOrder(db, [{ priceMinor: 2222, quantity: 1 }]);
    const refunded = await placePaidOrder(db, [{ priceMinor: 3333, quantity: 1 }]);
    await refundOrder(db, actor, refunded.orderId, { amountMinor: 1111, reason: "Dashboard test" });

    session.user = staffUser;
    const html = renderToStaticMarkup(await DashboardPage());
    const now = new Date();
    for (const days of [1, 7, 30]) {
      const sql = await independentSum(now, days, "UTC");
      const shown = new RegExp(`data-testid="revenue-${days}-net">([^<]+)<`).exec(html)?.[1];
      expect(shown).toBe(formatMoney({ amountMinor: sql.netMinor, currency: "EUR" }, "en-IE"));
      expect(html).toContain(sql.orders === 1 ? "1 order paid" : `${sql.orders} orders paid`);
    }
    for (const { count } of await orderStatusCounts(db)) expect(html).toContain(`<span class="count">${count}</span>`);
    expect(html).toContain("UTC");
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="revenue-chart-title revenue-chart-desc"/);
    expect(html).toContain('<title id="revenue-chart-title">Net revenue, last 30 days</title>');
    expect(html).toContain("Show the figures as a table");

    const report = await call(salesReport, "/api/admin/reports/sales");
    expect(report.status).toBe(200);
    const body = report.body as { windows: { days: number; netMinor: number; orders: number }[]; timeZone: string };
    expect(body.timeZone).toBe("UTC");
    for (const w of body.windows)
      expect({ netMinor: w.netMinor, orders: w.orders }).toEqual(await independentSum(now, w.days, "UTC"));
  });
});
