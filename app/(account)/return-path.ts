import { enabledLanguages } from "@/lib/i18n/languages";
import { splitLanguagePrefix } from "@/lib/i18n/locale-path";
import { localeHref } from "@/lib/i18n/paths";

/**
 * A shop path to redirect to (a return path checked by safeReturnPath, or a path the checkout was given) in the page's
 * language: "/account" on a Czech page becomes "/cs/account"; a path that already names a language keeps it.
 */
export async function localizedReturnPath(path: string): Promise<string> {
  return splitLanguagePrefix(path.split(/[?#]/)[0] ?? path, enabledLanguages).language ? path : localeHref(path);
}
