import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { formatMoney } from "@/lib/money/money";

// How the admin area writes times, amounts and counts: in the locale of the page's language (formattingLocale: the
// shop's own locale for its language, "cs" for /cs/admin) and the shop's time zone (SHOP_TIME_ZONE). Pages take
// the formatters for their language with `await adminFormat()`; the plain functions take the locale (the shop's
// own when none is given).

interface DateFormats {
  dateTime: Intl.DateTimeFormat;
  dateOnly: Intl.DateTimeFormat;
}
const formats = new Map<string, DateFormats>();

function dateFormats(locale: string): DateFormats {
  let cached = formats.get(locale);
  if (!cached) {
    cached = {
      dateTime: new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: env.SHOP_TIME_ZONE,
      }),
      dateOnly: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: env.SHOP_TIME_ZONE }),
    };
    formats.set(locale, cached);
  }
  return cached;
}

const asDate = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

export const formatWhen = (at: Date | string, locale: string = env.SHOP_LOCALE) =>
  dateFormats(locale).dateTime.format(asDate(at));
export const formatDay = (at: Date | string, locale: string = env.SHOP_LOCALE) =>
  dateFormats(locale).dateOnly.format(asDate(at));
export const formatAmount = (amountMinor: number, currency: string, locale: string = env.SHOP_LOCALE) =>
  formatMoney({ amountMinor, currency }, locale);

/** A `<time>` element's machine-readable value. */
export const formatIso = (at: Date | string) => asDate(at).toISOString();

/** The locale for numbers, money and dates on the page being rendered (or the action being run). */
export async function adminLocale(): Promise<string> {
  return formattingLocale(await currentLanguage());
}

export interface AdminFormat {
  locale: string;
  when: (at: Date | string) => string;
  day: (at: Date | string) => string;
  amount: (amountMinor: number, currency: string) => string;
  count: (value: number) => string;
}

/** The formatters in the language of the page being rendered. */
export async function adminFormat(): Promise<AdminFormat> {
  const locale = await adminLocale();
  const numbers = new Intl.NumberFormat(locale);
  return {
    locale,
    when: (at) => formatWhen(at, locale),
    day: (at) => formatDay(at, locale),
    amount: (amountMinor, currency) => formatAmount(amountMinor, currency, locale),
    count: (value) => numbers.format(value),
  };
}
