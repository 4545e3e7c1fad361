"use client";

import { useState, useSyncExternalStore } from "react";
import { LanguageLink } from "./language-link";

export interface LanguageOffer {
  language: string;
  text: string;
  link: string;
  dismiss: string;
  href: string;
}

const DISMISSED = "shop-language-suggestion-dismissed";

/**
 * Offers the page in the browser's preferred language when the shop speaks it and the page is in another one.
 * It only suggests: nothing changes until the visitor follows the link, and once dismissed (or once a language was
 * chosen) it stays away. It runs in the browser, from navigator.languages, so the page itself stays the same for
 * every visitor and can be cached.
 */
const noSubscription = () => () => undefined;

export function LanguageSuggestion({
  current,
  offers,
  defaultLanguage,
  languages,
}: {
  current: string;
  offers: LanguageOffer[];
  defaultLanguage: string;
  languages: readonly string[];
}) {
  const [dismissed, setDismissed] = useState(false);
  // Read in the browser only (the server snapshot is "no offer"), so server and first client render agree.
  const offer = useSyncExternalStore(
    noSubscription,
    () => (localStorage.getItem(DISMISSED) ? null : preferredOffer(current, offers)),
    () => null,
  );
  if (!offer || dismissed) return null;
  const remember = () => localStorage.setItem(DISMISSED, "1");
  return (
    <aside className="language-suggestion" lang={offer.language} aria-label={offer.text}>
      <p>
        {offer.text}{" "}
        <LanguageLink
          href={offer.href}
          hrefLang={offer.language}
          language={offer.language}
          defaultLanguage={defaultLanguage}
          languages={languages}
          onClickCapture={remember}
        >
          {offer.link}
        </LanguageLink>
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          remember();
          setDismissed(true);
        }}
      >
        {offer.dismiss}
      </button>
    </aside>
  );
}

/** The first of the browser's languages the shop speaks, unless the page is already in an earlier one. */
function preferredOffer(current: string, offers: LanguageOffer[]): LanguageOffer | null {
  for (const tag of navigator.languages) {
    const language = tag.split("-")[0]?.toLowerCase();
    if (language === current) return null;
    const match = offers.find((o) => o.language === language);
    if (match) return match;
  }
  return null;
}
