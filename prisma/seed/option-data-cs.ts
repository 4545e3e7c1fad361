import type { Db } from "@/lib/db";
import { defaultLanguage } from "@/lib/i18n/languages";

// The demo catalog's option names and values in Czech (lib/catalog/option-texts.ts). Sizes and measures ("M",
// "42", "500 ml") read the same in both languages and are left out: the catalog's own text shows.

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

/** Adds the Czech texts a database lacks; staff's own translations stay as they are. */
export async function seedOptionTranslations(db: Db): Promise<void> {
  if (defaultLanguage === "cs") return;
  const rows = [
    ...Object.entries(names).map(([source, text]) => ({ language: "cs", kind: "name", source, text })),
    ...Object.entries(values).map(([source, text]) => ({ language: "cs", kind: "value", source, text })),
  ];
  await db.optionTranslation.createMany({ data: rows, skipDuplicates: true });
}
