import type { FeedSite } from "@/lib/generated/prisma/client";
import { defaultLanguage, isEnabledLanguage } from "@/lib/i18n/languages";

/**
 * The language a site's feed is written in. Heureka.cz and Zboží.cz list offers for Czech shoppers and ask for
 * Czech names and descriptions: theirs is Czech whenever the shop speaks it (its translations, each falling back to
 * the shop's own text), and links open the Czech pages. Google's is the shop's own.
 */
export function feedLanguage(site: FeedSite): string {
  return site !== "google" && isEnabledLanguage("cs") ? "cs" : defaultLanguage;
}
