import { createTranslator } from "next-intl";

// A message the domain code builds from a template ("Only {count} left in stock."), kept as the English ICU
// template plus its arguments so that the error mappers can put it into the reader's language: the template's
// translation sits in the catalog's "serverText" namespace under serverTextKey(template), like a fixed text's. The
// English template stays in the code as the one source and the fallback for a language without a translation.
// This module reads no catalog (lib/i18n/server-text.ts does), so code on both sides may import it.

/** Countries (ISO 3166-1 codes) as an argument: each language names them in its own words, from CLDR. */
export class CountryNames {
  constructor(readonly codes: readonly string[]) {}

  /** "Germany, Austria" in English, "Německo, Rakousko" in Czech; an unknown code stays as it is. */
  in(locale: string): string {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    return this.codes
      .map((code) => {
        try {
          return names.of(code) ?? code;
        } catch {
          return code;
        }
      })
      .join(", ");
  }
}

/**
 * An argument: a number (plural forms, formatted for the language), text as it is, another server message, or
 * country names.
 */
export type ServerMessageValue = string | number | ServerMessage | CountryNames;
export type ServerMessageValues = Readonly<Record<string, ServerMessageValue>>;

export class ServerMessage {
  constructor(
    readonly template: string,
    readonly values: ServerMessageValues = {},
  ) {}

  /** The message in English: what logs, tests and a language without a translation see. */
  toString(): string {
    return formatTemplate(this.template, "en", englishValues(this.values));
  }
}

/** A message from an English ICU template and its arguments (`serverMessage("Only {count} left.", { count })`). */
export function serverMessage(template: string, values: ServerMessageValues = {}): ServerMessage {
  return new ServerMessage(template, values);
}

/** A message as it reaches a person's eyes: a fixed English text or a template with arguments. */
export type MessageText = string | ServerMessage;

function englishValues(values: ServerMessageValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value instanceof ServerMessage ? value.toString() : value instanceof CountryNames ? value.in("en") : value,
    ]),
  );
}

/** Formats an ICU template for a locale; a template that cannot be formatted is shown as written, not thrown. */
export function formatTemplate(template: string, locale: string, values: Record<string, string | number>): string {
  const t = createTranslator({
    locale,
    messages: { message: template },
    onError: () => undefined,
    getMessageFallback: () => template,
  });
  return t("message", values);
}

// Zod keeps only a string per issue. A schema built once with a templated message ("Name has at most 100
// characters.") registers its English text here so the mappers can find the template again; the set is bounded by
// the schemas the code builds (a cap guards against a schema built per request). Messages made while parsing, from
// the input's own values, travel instead in a custom issue's params (serverMessageIssue). Both live here, away from the catalogs, because
// schemas also run in the browser.
const schemaMessages = new Map<string, ServerMessage>();
const MAX_SCHEMA_MESSAGES = 5_000;

/** A schema's templated message: its English text for zod, remembered for translation. */
export function schemaMessage(template: string, values: ServerMessageValues = {}): string {
  const message = new ServerMessage(template, values);
  const english = message.toString();
  if (schemaMessages.size < MAX_SCHEMA_MESSAGES) schemaMessages.set(english, message);
  return english;
}

/** A custom zod issue carrying a templated message made while parsing: `ctx.addIssue(serverMessageIssue(…))`. */
export function serverMessageIssue(template: string, values: ServerMessageValues = {}) {
  const message = new ServerMessage(template, values);
  return { code: "custom" as const, message: message.toString(), params: { serverMessage: message } };
}

/** The templated message a schema registered under this English text, if any. */
export function schemaMessageFor(english: string): ServerMessage | undefined {
  return schemaMessages.get(english);
}

/** A zod issue's message as written: the template it carries or registered, else its text. */
export function zodIssueMessage(issue: {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}): MessageText {
  const carried: unknown = issue.code === "custom" ? issue.params?.serverMessage : undefined;
  if (carried instanceof ServerMessage) return carried;
  return schemaMessageFor(issue.message) ?? issue.message;
}
