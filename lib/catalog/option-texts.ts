import { Prisma } from "@/lib/generated/prisma/client";

// Option names and values ("Size", "White") in a language other than the shop's own come from one glossary for the
// whole catalog (option_translations); what it lacks shows as the catalog has it. Variants keep their own values
// as keys everywhere (choosing one, the cart, the API): only what a person reads is translated.

/** The glossary for one language: own text → translation, for option names and for values. */
export interface OptionTexts {
  names: Readonly<Record<string, string>>;
  values: Readonly<Record<string, string>>;
}

export const NO_OPTION_TEXTS: OptionTexts = Object.freeze({ names: {}, values: {} });

/** SQL for a language's whole glossary as {"names": {…}, "values": {…}} (a scalar subquery). */
export function optionTextsSql(language: string): Prisma.Sql {
  return Prisma.sql`(SELECT jsonb_build_object(
      'names', COALESCE(jsonb_object_agg(ot.source, ot.text) FILTER (WHERE ot.kind = 'name'), '{}'::jsonb),
      'values', COALESCE(jsonb_object_agg(ot.source, ot.text) FILTER (WHERE ot.kind = 'value'), '{}'::jsonb))
    FROM option_translations ot WHERE ot.language = ${language})`;
}

const stringsOf = (value: unknown): Record<string, string> =>
  typeof value === "object" && value !== null && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
      )
    : {};

/** The glossary from optionTextsSql's JSON (anything else reads as empty). */
export function optionTextsFrom(raw: unknown): OptionTexts {
  const record = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  return { names: stringsOf(record.names), values: stringsOf(record.values) };
}

/** The translation of `source` in a glossary map, if it has one (never a property every object inherits). */
export function glossaryText(map: Readonly<Record<string, string>>, source: string): string | undefined {
  return Object.hasOwn(map, source) ? map[source] : undefined;
}

/** The glossary from option_translations rows of one language. */
export function optionTextsOf(rows: readonly { kind: string; source: string; text: string }[]): OptionTexts {
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  for (const row of rows) (row.kind === "name" ? names : values)[row.source] = row.text;
  return { names, values };
}

/** Own name or value → what the reader sees, for the names and values one product has. */
export function optionLabels(
  texts: OptionTexts,
  optionNames: readonly string[],
  values: readonly Readonly<Record<string, string>>[],
): { names: Record<string, string>; values: Record<string, string> } {
  const names: Record<string, string> = {};
  for (const name of optionNames) names[name] = glossaryText(texts.names, name) || name;
  const valueLabels: Record<string, string> = {};
  for (const options of values) {
    for (const value of Object.values(options)) valueLabels[value] = glossaryText(texts.values, value) || value;
  }
  return { names, values: valueLabels };
}
