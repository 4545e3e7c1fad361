import { getTranslations } from "next-intl/server";
import { unprefixedPathHeader } from "@/lib/http/request-cookies";
import { defaultLanguage, enabledLanguages } from "@/lib/i18n/languages";
import { localizedPath } from "@/lib/i18n/locale-path";
import { currentLanguage } from "@/lib/i18n/request-language";
import { translator } from "@/lib/i18n/translator";
import { LanguageLink } from "./language-link";
import { LanguageSuggestion } from "./language-suggestion";

function languageName(language: string): string {
  return translator(language)("language.name");
}

/**
 * The same page in each enabled language. Plain links: the next page is rendered whole in its language; the cart
 * and the session are cookies and stay as they are.
 */
export async function LanguageSwitcher() {
  if (enabledLanguages.length < 2) return null;
  const [t, language, path] = await Promise.all([
    getTranslations("language"),
    currentLanguage(),
    unprefixedPathHeader(),
  ]);
  const offers = enabledLanguages
    .filter((other) => other !== language)
    .map((other) => {
      const t = translator(other);
      return {
        language: other,
        text: t("language.suggestion"),
        link: t("language.suggestionLink"),
        dismiss: t("language.dismiss"),
        href: localizedPath(path, other, defaultLanguage),
      };
    });
  return (
    <nav className="language-switcher" aria-label={t("switcherLabel")}>
      <ul>
        {enabledLanguages.map((other) => (
          <li key={other}>
            <LanguageLink
              href={localizedPath(path, other, defaultLanguage)}
              language={other}
              defaultLanguage={defaultLanguage}
              languages={enabledLanguages}
              hrefLang={other}
              lang={other}
              aria-current={other === language ? "true" : undefined}
            >
              {languageName(other)}
            </LanguageLink>
          </li>
        ))}
      </ul>
      <LanguageSuggestion
        current={language}
        offers={offers}
        defaultLanguage={defaultLanguage}
        languages={enabledLanguages}
      />
    </nav>
  );
}
