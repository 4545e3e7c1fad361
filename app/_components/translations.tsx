"use client";

import format, { type FormatOptions } from "icu-minify/format";
import { type ReactNode, cloneElement, createContext, isValidElement, useContext, useMemo } from "react";
import type { CatalogMessages } from "@/lib/i18n/catalog";
import type { CompiledMessages } from "@/lib/i18n/compile-messages";

// The words of the storefront's client components: the messages the root layout (and a page, for its own
// components) compiled on the server (lib/i18n/compile-messages.ts) and a small ICU formatter. next-intl's client
// provider would bring an ICU parser (about 40 KB of JavaScript) to every page; its server side still renders
// everything else.

export interface TranslationsContextValue {
  language: string;
  messages: CompiledMessages;
  options: FormatOptions;
}

const TranslationsContext = createContext<TranslationsContextValue | null>(null);

function cached<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}

export const formatters: FormatOptions["formatters"] = {
  getDateTimeFormat: cached((locales, options) => new Intl.DateTimeFormat(locales, options)),
  getNumberFormat: cached((locales, options) => new Intl.NumberFormat(locales, options)),
  getPluralRules: cached((locales, options) => new Intl.PluralRules(locales, options)),
};

export function TranslationsProvider({
  language,
  timeZone,
  messages,
  children,
}: {
  language: string;
  timeZone: string;
  messages: CompiledMessages;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ language, messages, options: { formatters, timeZone } }),
    [language, messages, timeZone],
  );
  return <TranslationsContext.Provider value={value}>{children}</TranslationsContext.Provider>;
}

/** Adds a page's own namespaces (app/_components/page-translations.tsx) to the root layout's, for its children. */
export function MoreTranslations({ messages, children }: { messages: CompiledMessages; children: ReactNode }) {
  const parent = useContext(TranslationsContext);
  if (!parent) throw new Error("MoreTranslations needs the TranslationsProvider of the root layout");
  const value = useMemo(() => ({ ...parent, messages: { ...parent.messages, ...messages } }), [parent, messages]);
  return <TranslationsContext.Provider value={value}>{children}</TranslationsContext.Provider>;
}

/** "a" | "b.c" for { a: string, b: { c: string } }: the message keys of a namespace. */
type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

type Values = Record<string, string | number>;
type RichValues = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

/** React wants keys on elements rendered from an array (a message with several tags gives one). */
function withKeys(result: unknown): ReactNode {
  if (!Array.isArray(result)) return result as ReactNode;
  return result.map((part: unknown, i) =>
    isValidElement(part) ? cloneElement(part, { key: i }) : (part as ReactNode),
  );
}

/** t(key, values) and t.rich(key, values with tags) for one namespace of the compiled messages. */
export function translatorFor<N extends keyof CatalogMessages>(context: TranslationsContextValue, namespace: N) {
  const { language, messages, options } = context;
  const render = (key: string, values: RichValues | undefined): unknown => {
    let message: unknown = messages[namespace];
    for (const part of key.split(".")) {
      message = message && !Array.isArray(message) ? (message as CompiledMessages)[part] : undefined;
    }
    if (typeof message !== "string" && !Array.isArray(message)) {
      console.error(`Missing message ${namespace}.${key} in ${language}`);
      return `${namespace}.${key}`;
    }
    return format<ReactNode>(message, language, values, options);
  };
  const plain = (key: MessageKey<CatalogMessages[N]>, values?: Values): string => String(render(key, values));
  const rich = (key: MessageKey<CatalogMessages[N]>, values: RichValues): ReactNode => withKeys(render(key, values));
  return Object.assign(plain, { rich });
}

/** The client's counterpart of next-intl's useTranslations, for the storefront's client components. */
export function useTranslations<N extends keyof CatalogMessages>(namespace: N) {
  const context = useContext(TranslationsContext);
  if (!context) throw new Error("useTranslations needs the TranslationsProvider of the root layout");
  return translatorFor(context, namespace);
}
