// Country names for ISO 3166-1 alpha-2 codes, from the runtime's CLDR data (no list to maintain).

/** Names in one locale's words ("cs-CZ": "Česko"), and a select's choices sorted as that language sorts. */
export function countryNames(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
  const name = (code: string): string => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return {
    name,
    choices: (codes: readonly string[]) =>
      codes.map((code) => ({ code, name: name(code) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
  };
}

const english = countryNames("en");

/** The English name (staff pages, logs, documents without a language). */
export const countryName = english.name;

/** Codes as a sorted list of { code, name } in English, for a staff page's country select. */
export const countryChoices = english.choices;
