// Kept apart from the route wrapper (lib/http/handler.ts), which pages and pure schema code need not load.

/** Query string → object; a repeated key becomes an array so a schema expecting one value rejects it. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}
