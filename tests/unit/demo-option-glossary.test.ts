import { describe, expect, it } from "vitest";
import { seedCategories } from "@/prisma/seed/catalog-data";
import { demoOptionGlossary, demoOptionText } from "@/prisma/seed/option-data-cs";

// The demo catalog's options in either own language: the words a Czech shop keeps as its options, and the glossary
// that names them in the other language (lib/catalog/option-texts.ts reads it).

const demoOptions = seedCategories.flatMap((c) => c.products.flatMap((p) => Object.entries(p.options ?? {})));

describe("demo option texts", () => {
  it("an English shop keeps the English words and gets Czech ones as its Czech glossary", () => {
    expect(demoOptionText("name", "Size", "en")).toBe("Size");
    expect(demoOptionText("value", "White", "en")).toBe("White");
    expect(demoOptionGlossary("en")).toContainEqual({ language: "cs", kind: "value", source: "White", text: "Bílá" });
  });

  it("a Czech shop keeps the Czech words and gets English ones as its English glossary", () => {
    expect(demoOptionText("name", "Size", "cs")).toBe("Velikost");
    expect(demoOptionText("value", "White", "cs")).toBe("Bílá");
    // Sizes and measures read the same in both languages.
    expect(demoOptionText("value", "M", "cs")).toBe("M");
    expect(demoOptionText("value", "constructor", "cs")).toBe("constructor");
    expect(demoOptionGlossary("cs")).toContainEqual({ language: "en", kind: "name", source: "Velikost", text: "Size" });
  });

  it("a Czech shop's words name every demo option and value apart, so the glossary maps each back", () => {
    for (const language of ["en", "cs"]) {
      const glossary = demoOptionGlossary(language);
      const keys = glossary.map((row) => `${row.kind}:${row.source}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(glossary.every((row) => row.source !== row.text)).toBe(true);
    }
    for (const [name, values] of demoOptions) {
      const czech = values.map((value) => demoOptionText("value", value, "cs"));
      expect(new Set(czech).size, `${name}: ${values.join(", ")}`).toBe(values.length);
      const english = demoOptionGlossary("cs").filter((row) => row.kind === "value");
      for (const [index, word] of czech.entries()) {
        const back = english.find((row) => row.source === word)?.text ?? word;
        expect(back).toBe(values[index]);
      }
    }
  });
});
