import type { Db } from "@/lib/db";
import { defaultLanguage } from "@/lib/i18n/languages";

// The demo catalog's option names and values in Czech (lib/catalog/option-texts.ts). Sizes and measures ("M",
// "42", "500 ml") read the same in both languages and are left out: the catalog's own text shows. A shop whose own
// language is English keeps the English words as its options and gets these as its Czech glossary; a shop whose own
// language is Czech keeps these as its options and gets the English words as its English glossary.

const names: Record<string, string> = {
  Size: "Velikost",
  Colour: "Barva",
  Waist: "Pas",
  Length: "Délka",
  Capacity: "Objem",
  Cover: "Obal",
  Diameter: "Průměr",
  Flavour: "Příchuť",
  Frame: "Obroučky",
  Grind: "Mletí",
  Nib: "Hrot",
  Pattern: "Vzor",
  Scent: "Vůně",
};

const values: Record<string, string> = {
  White: "Bílá",
  Sage: "Šalvějová",
  Navy: "Námořnická modrá",
  Black: "Černá",
  "Off-white": "Smetanově bílá",
  Rust: "Rezavá",
  Charcoal: "Antracitová",
  Oatmeal: "Ovesná",
  Indigo: "Indigová",
  Olive: "Olivová",
  Sand: "Písková",
  Khaki: "Khaki",
  "Blue-Black": "Modročerná",
  Sepia: "Sépiová",
  Forest: "Lesní zelená",
  Camel: "Velbloudí",
  Grey: "Šedá",
  "Bottle Green": "Lahvově zelená",
  Cream: "Krémová",
  Cherry: "Třešňová",
  Slate: "Břidlicová",
  Mustard: "Hořčicová",
  Natural: "Přírodní",
  Striped: "Pruhovaná",
  Tan: "Hnědá",
  Burgundy: "Vínová",
  Green: "Zelená",
  Blue: "Modrá",
  Ochre: "Okrová",
  Teal: "Petrolejová",
  Plain: "Bez příchutě",
  "Sea Salt": "Mořská sůl",
  Orange: "Pomeranč",
  Tortoise: "Želvovina",
  "Whole bean": "Zrnková",
  Filter: "Na filtr",
  Espresso: "Na espresso",
  Regular: "Běžná",
  Long: "Dlouhá",
  Fine: "Jemný",
  Medium: "Střední",
  Broad: "Široký",
  "Indigo Dot": "Indigové tečky",
  "Terracotta Leaf": "Terakotové listy",
  Cedar: "Cedr",
  Fig: "Fík",
  Large: "Velká",
  Small: "Malá",
  Single: "Jednolůžko",
  Double: "Dvojlůžko",
  King: "King size",
};

type Kind = "name" | "value";
const czech: Record<Kind, Record<string, string>> = { name: names, value: values };

/** A demo option name or value as a shop whose own language is `language` keeps it. */
export function demoOptionText(kind: Kind, english: string, language: string): string {
  const words = czech[kind];
  return language === "cs" && Object.hasOwn(words, english) ? (words[english] ?? english) : english;
}

/** The glossary a demo shop in `language` gets: its options' words in the other language, where they differ. */
export function demoOptionGlossary(language: string): { language: string; kind: Kind; source: string; text: string }[] {
  return (["name", "value"] as const).flatMap((kind) =>
    Object.entries(czech[kind])
      .filter(([english, cs]) => english !== cs)
      .map(([english, cs]) =>
        language === "cs"
          ? { language: "en", kind, source: cs, text: english }
          : { language: "cs", kind, source: english, text: cs },
      ),
  );
}

/** Adds the glossary rows a database lacks; staff's own translations stay as they are. */
export async function seedOptionTranslations(db: Db): Promise<void> {
  await db.optionTranslation.createMany({ data: demoOptionGlossary(defaultLanguage), skipDuplicates: true });
}
