import { enabledLanguages } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale-path";
import { localeHref } from "@/lib/i18n/paths";

/**
 * A same-site return path (already checked by safeReturnPath) in the page's language: "/account" on a Czech page
 * becomes "/cs/account"; a path that already names a language keeps it.
 */
export async function localizedReturnPath(path: string): Promise<string> {
  return splitLanguagePrefix(path.split(/[?#]/)[0] ?? path, enabledLanguages).language ? path : localeHref(path);
}
