/**
 * Turns shopper text into a safe prefix tsquery ("lin shi" → "lin:* & shi:*"), so partial words match as you type.
 * Only letters and digits survive, so no tsquery syntax from the shopper reaches PostgreSQL.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 8);
  return unique.length > 0 ? unique.map((w) => `${w}:*`).join(" & ") : null;
}
