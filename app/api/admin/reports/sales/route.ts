import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { adminHandler } from "@/lib/http/admin-handler";
import { dailyRevenue, salesWindows } from "@/lib/reports/daily-revenue";

export const dynamic = "force-dynamic";

/**
 * The dashboard's sales figures: net revenue (paid totals less refunds, by the day the order was paid in the
 * shop's time zone) and paid orders for today, 7 and 30 days, and the last 30 days one by one.
 */
export const GET = adminHandler({ access: "read" }, async () => {
  const days = await dailyRevenue(db);
  return {
    currency: env.SHOP_CURRENCY,
    timeZone: env.SHOP_TIME_ZONE,
    windows: salesWindows(days),
    days,
  };
});
