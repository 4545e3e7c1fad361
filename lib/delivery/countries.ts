// Country names for ISO 3166-1 alpha-2 codes, from the runtime's CLDR data (no list to maintain).
const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Codes as a sorted list of { code, name } for a country select. */
export function countryChoices(codes: readonly string[]): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}
