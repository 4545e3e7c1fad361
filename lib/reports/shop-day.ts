import { env } from "@/lib/env";

/** The calendar day (YYYY-MM-DD) an instant falls on in the shop's time zone. */
export function shopDay(at: Date, timeZone: string = env.SHOP_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
