import { env } from "@/lib/env";
import { formattingLocale } from "@/lib/i18n/languages";
import { translateServerText } from "@/lib/i18n/server-text";
import { translator } from "@/lib/i18n/translator";
import type { OrderReturns } from "@/lib/returns/get-order-returns";

/**
 * Why nothing can be returned, in `language`. The domain writes its reasons in English (lib/returns/return-window.ts);
 * the fixed ones are in the catalog's serverText, and the one with a day and a date in it (the period has ended) is
 * written here from the window itself.
 */
export function closedReasonText(window: OrderReturns["window"], language: string, now = new Date()): string {
  const reason = window.closedReason ?? "";
  const translated = translateServerText(reason, language);
  if (translated !== reason || !window.closesAt || new Date(window.closesAt).getTime() >= now.getTime()) {
    return translated;
  }
  const date = new Date(window.closesAt).toLocaleDateString(formattingLocale(language), {
    dateStyle: "long",
    timeZone: env.SHOP_TIME_ZONE,
  });
  return translator(language)("returns.periodEnded", { days: window.days, date });
}
