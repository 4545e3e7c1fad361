import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";
import type { Messages } from "./catalog";

// The browser gets its words already parsed (ICU syntax compiled to small arrays on the server), so the pages'
// JavaScript carries a 2 KB formatter instead of an ICU parser (app/_components/translations.tsx).

export type CompiledMessages = { [key: string]: CompiledMessage | CompiledMessages };

const cache = new WeakMap<Messages, CompiledMessages>();

/** Every message of `messages` compiled; the result is kept per catalog object (catalogs are read once). */
export function compileMessages(messages: Messages): CompiledMessages {
  const cached = cache.get(messages);
  if (cached) return cached;
  const compiled: CompiledMessages = {};
  for (const [key, value] of Object.entries(messages)) {
    // The compiler's plural and select branches are null-prototype objects, which React cannot hand to the
    // browser: a JSON round trip makes them plain.
    compiled[key] =
      typeof value === "string"
        ? (JSON.parse(JSON.stringify(compile(value))) as CompiledMessage)
        : compileMessages(value);
  }
  cache.set(messages, compiled);
  return compiled;
}
