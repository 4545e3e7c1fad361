import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money/money";

// How the admin area writes times and amounts: in the shop's locale and time zone (SHOP_TIME_ZONE).

const dateTime = new Intl.DateTimeFormat(env.SHOP_LOCALE, {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: env.SHOP_TIME_ZONE,
});
const dateOnly = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeZone: env.SHOP_TIME_ZONE });

const asDate = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

export const formatWhen = (at: Date | string) => dateTime.format(asDate(at));
export const formatDay = (at: Date | string) => dateOnly.format(asDate(at));
export const formatAmount = (amountMinor: number, currency: string) =>
  formatMoney({ amountMinor, currency }, env.SHOP_LOCALE);

/** A `<time>` element's machine-readable value. */
export const formatIso = (at: Date | string) => asDate(at).toISOString();
