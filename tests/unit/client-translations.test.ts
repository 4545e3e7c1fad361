import { createTranslator } from "next-intl";
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatters, translatorFor } from "@/app/_components/translations";
import { type Messages, catalog, pickNamespaces } from "@/lib/i18n/catalog";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { compileMessages } from "@/lib/i18n/compile-messages";
import { enabledLanguages } from "@/lib/i18n/languages";

// The storefront's client components format their words with the compiled messages and a small formatter
// (app/_components/translations.tsx) instead of next-intl's: every message they may use must come out the same.

function leaves(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** Values for every argument and tag of a message: numbers where it counts or formats them, text otherwise. */
function valuesFor(message: string, count: number) {
  const values: Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)> = {};
  for (const [, name, type] of message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)) {
    if (name) values[name] = type === "plural" || type === "number" || type === "selectordinal" ? count : `«${name}»`;
  }
  for (const [, tag] of message.matchAll(/<(\w+)>/g)) {
    if (tag) values[tag] = (chunks) => createElement("b", { "data-tag": tag }, ...chunks);
  }
  return values;
}

const html = (node: ReactNode) => renderToStaticMarkup(createElement("p", null, node));

describe("client translations", () => {
  for (const language of enabledLanguages) {
    it(`give what next-intl gives for every client message in ${language}`, () => {
      const raw = pickNamespaces(catalog(language), CLIENT_NAMESPACES);
      const compiled = compileMessages(raw);
      const reference = createTranslator({ locale: language, messages: raw });
      const context = { language, messages: compiled, options: { formatters, timeZone: "Europe/Prague" } };
      let checked = 0;
      for (const namespace of CLIENT_NAMESPACES) {
        const t = translatorFor(context, namespace as "product");
        for (const [key, message] of leaves((raw[namespace] ?? {}) as Messages)) {
          for (const count of [1, 3, 5, 1234]) {
            const values = valuesFor(message, count);
            const path = `${namespace}.${key}`;
            const expected = html(reference.rich(path as never, values as never));
            expect(html(t.rich(key as never, values)), `${language} ${path} (${count})`).toBe(expected);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});
