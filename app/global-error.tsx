"use client";

import { useSyncExternalStore } from "react";
import { splitLanguagePrefix } from "@/lib/i18n/locale-path";

// Shown when even the root layout failed, so neither the catalogs nor the language provider are there. Its few
// words are kept here for every language the shop ships a catalog for (lib/i18n/messages), and the language is read
// from the address, as proxy.ts does.
const texts = {
  en: {
    title: "Something went wrong",
    lead: "The shop could not load. Please try again in a moment.",
    retry: "Try again",
  },
  cs: {
    title: "Něco se pokazilo",
    lead: "Obchod se nepodařilo načíst. Zkuste to prosím za chvíli znovu.",
    retry: "Zkusit znovu",
  },
} as const;
type Language = keyof typeof texts;
const languages = Object.keys(texts) as Language[];

function addressLanguage(): Language {
  const { language } = splitLanguagePrefix(window.location.pathname, languages);
  return (language as Language | null) ?? "en";
}

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const language = useSyncExternalStore(
    () => () => undefined,
    addressLanguage,
    () => "en" as const,
  );
  const t = texts[language];
  return (
    <html lang={language}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "3rem 1rem" }}>
        <h1>{t.title}</h1>
        <p>{t.lead}</p>
        <button type="button" onClick={reset}>
          {t.retry}
        </button>
      </body>
    </html>
  );
}
