import { readFileSync } from "node:fs";
import path from "node:path";
import type en from "./messages/en.json";

// The message catalogs: one JSON file per language, ICU message syntax (plurals from CLDR through Intl).

export type Messages = { [key: string]: string | Messages };
/** A catalog's shape: the English one's (tests/unit/i18n-catalogs.test.ts checks that every catalog has it). */
export type CatalogMessages = typeof en;

const cache = new Map<string, Messages>();

export const CATALOG_DIR = path.join(process.cwd(), "lib", "i18n", "messages");

/** The catalog of a language; read once per process. Throws for a language without a catalog file. */
export function catalog(language: string): CatalogMessages {
  const cached = cache.get(language) as CatalogMessages | undefined;
  if (cached) return cached;
  if (!/^[a-z]{2,3}$/.test(language)) throw new Error(`Not a language code: ${language}`);
  const messages = JSON.parse(readFileSync(path.join(CATALOG_DIR, `${language}.json`), "utf8")) as CatalogMessages &
    Messages;
  cache.set(language, messages);
  return messages;
}

/** Only the named top-level namespaces, for the client: a page ships the words its client components use. */
export function pickNamespaces(messages: CatalogMessages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const name of namespaces) {
    const value = (messages as unknown as Messages)[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}
