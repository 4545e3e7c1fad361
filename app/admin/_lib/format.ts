import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";

// How the admin area writes times and amounts: in the shop's locale and time zone (SHOP_TIME_ZONE).

const dateTime = new Intl.DateTimeFormat(env.SHOP_LOCALE, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: env.SHOP_TIME_ZONE,
});
const dateOnly = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeZone: env.SHOP_TIME_ZONE });

export const formatWhen = (at: Date | string) => dateTime.format(typeof at === "string" ? new Date(at) : at);
export const formatDay = (at: Date | string) => dateOnly.format(typeof at === "string" ? new Date(at) : at);
export const formatAmount = (amountMinor: number, currency: string) =>
  formatMoney({ amountMinor, currency }, env.SHOP_LOCALE);
