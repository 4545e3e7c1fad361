import { describe, expect, it } from "vitest";
import { variantTitle } from "@/lib/cart/variant-title";
import { optionLabels, optionTextsFrom, optionTextsOf } from "@/lib/catalog/option-texts";

// The option glossary: a translated name or value where staff gave one, else the catalog's own text.

describe("option texts", () => {
  const texts = optionTextsOf([
    { kind: "name", source: "Colour", text: "Barva" },
    { kind: "value", source: "White", text: "Bílá" },
  ]);

  it("translates names and values it has, and leaves the rest as the catalog has them", () => {
    expect(optionLabels(texts, ["Size", "Colour"], [{ Size: "M", Colour: "White" }])).toEqual({
      names: { Size: "Size", Colour: "Barva" },
      values: { M: "M", White: "Bílá" },
    });
    expect(variantTitle(["Size", "Colour"], { Size: "M", Colour: "White" }, texts.values)).toBe("M / Bílá");
  });

  it("never takes a property every object inherits for a translation", () => {
    expect(variantTitle(["Finish"], { Finish: "constructor" }, texts.values)).toBe("constructor");
    expect(optionLabels(texts, ["toString"], [{ toString: "valueOf" }])).toEqual({
      names: { toString: "toString" },
      values: { valueOf: "valueOf" },
    });
  });

  it("reads only strings from the database's JSON", () => {
    expect(optionTextsFrom({ names: { Size: "Velikost", Bad: 3 }, values: null })).toEqual({
      names: { Size: "Velikost" },
      values: {},
    });
    expect(optionTextsFrom("nonsense")).toEqual({ names: {}, values: {} });
  });
});
