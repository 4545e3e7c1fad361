import { z } from "zod";
import { schemaMessage } from "@/lib/i18n/server-message";
import { blankAsUndefined, isoDay } from "@/lib/orders/schemas";

// The accounting export's date range: whole days on the shop's clock, both ends included, at most a year.

const MAX_DAYS = 366;
const day = z.preprocess((value) => blankAsUndefined(value) ?? "", isoDay);
const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const accountingExportQuerySchema = z
  .strictObject({
    /** First day of the range, in the shop's time zone. */
    from: day,
    /** Last day of the range, included. */
    to: day,
  })
  .refine((range) => range.from <= range.to, { message: "The start date is after the end date.", path: ["to"] })
  .refine((range) => daysBetween(range.from, range.to) < MAX_DAYS, {
    message: schemaMessage("Export at most {days, plural, one {# day} other {# days}} at a time.", { days: MAX_DAYS }),
    path: ["to"],
  });
export type AccountingExportQuery = z.infer<typeof accountingExportQuerySchema>;
