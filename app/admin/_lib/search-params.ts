// The admin list pages' URL state: search params in, links with a query string out.

/** One search-param value as a string (a repeated key gives its first value). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The search params as the flat object the list schemas parse. */
export function flatParams(raw: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = firstParam(value);
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/** "?a=1&b=2" from the values that are set, or "" when none are. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
