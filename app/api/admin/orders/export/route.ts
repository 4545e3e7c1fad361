import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { adminHandler } from "@/lib/http/admin-handler";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";
import { orderFiltersSchema } from "@/lib/orders/schemas";
import { shopDay } from "@/lib/reports/shop-day";

export const dynamic = "force-dynamic";

/** The orders matching the list's filters as a CSV download, streamed while it is read. */
export const GET = adminHandler({ access: "read", query: orderFiltersSchema }, ({ query }) =>
  Promise.resolve(
    new Response(exportOrdersCsv(db, query), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachmentDisposition(`orders-${shopDay(new Date(), env.SHOP_TIME_ZONE)}.csv`),
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    }),
  ),
);
