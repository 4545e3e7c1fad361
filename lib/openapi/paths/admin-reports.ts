import { z } from "zod";
import { safeString } from "@/lib/validation";
import type { RevenueDay, SalesWindow } from "@/lib/reports/daily-revenue";
import type { ApiOperation } from "../registry";
import { readScope } from "../shared";

const minor = z.number().int();

const salesWindowSchema: z.ZodType<SalesWindow> = z.object({
  days: z.number().int().meta({ description: "1 (today), 7 or 30 days, each including today." }),
  netMinor: minor,
  refundedMinor: minor,
  orders: z.number().int(),
});

const revenueDaySchema: z.ZodType<RevenueDay> = z.object({
  day: z.iso.date().meta({ description: "A calendar day in the shop's time zone." }),
  netMinor: minor.meta({ description: "Totals of the orders paid that day less their refunds." }),
  grossMinor: minor,
  refundedMinor: minor,
  orders: z.number().int().meta({ description: "Orders paid that day." }),
});

const salesReportSchema: z.ZodType<{
  currency: string;
  timeZone: string;
  windows: SalesWindow[];
  days: RevenueDay[];
}> = z
  .object({
    currency: safeString(),
    timeZone: safeString().meta({ example: "Europe/Amsterdam" }),
    windows: z.array(salesWindowSchema),
    days: z.array(revenueDaySchema).meta({ description: "The last 30 days, oldest first, days without sales as 0." }),
  })
  .meta({ id: "SalesReport" });

export const adminReportOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/admin/reports/sales",
    tag: "Admin: reports",
    summary: "Gets the sales figures",
    description: `Net revenue (VAT included) counts the orders paid in the shop's currency by the day they were paid, in the shop's time zone, less what was refunded on them. ${readScope}`,
    audience: "staff",
    success: {
      status: 200,
      description: "Today, 7 and 30 days, and the last 30 days one by one.",
      schema: salesReportSchema,
    },
  },
];
