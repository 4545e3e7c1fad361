import { env } from "@/lib/env";
import { countryName } from "@/lib/delivery/countries";
import { defaultLanguage, formattingLocale } from "@/lib/i18n/languages";
import { currentLanguage } from "@/lib/i18n/request-language";
import { formatMoney } from "@/lib/money/money";

// How the settings sections of the admin write times, amounts, numbers and country names: in the language of the
// page (/admin in the shop's own locale, /cs/admin in Czech) and the shop's time zone (SHOP_TIME_ZONE).

export interface SettingsFormat {
  locale: string;
  language: string;
  when: (at: Date | string) => string;
  day: (at: Date | string) => string;
  amount: (amountMinor: number, currency: string) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  country: (code: string) => string;
}

const asDate = (at: Date | string) => (typeof at === "string" ? new Date(at) : at);

export function settingsFormatFor(language: string): SettingsFormat {
  const locale = formattingLocale(language);
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: env.SHOP_TIME_ZONE,
  });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: env.SHOP_TIME_ZONE });
  const regions =
    language === defaultLanguage ? null : new Intl.DisplayNames([language], { type: "region", fallback: "code" });
  return {
    locale,
    language,
    when: (at) => dateTime.format(asDate(at)),
    day: (at) => dateOnly.format(asDate(at)),
    amount: (amountMinor, currency) => formatMoney({ amountMinor, currency }, locale),
    number: (value, options) => value.toLocaleString(locale, options),
    country: (code) => {
      if (!regions) return countryName(code);
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

/** The formats of the page or action being handled. */
export async function settingsFormat(): Promise<SettingsFormat> {
  return settingsFormatFor(await currentLanguage());
}
