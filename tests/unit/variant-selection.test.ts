import { describe, expect, it } from "vitest";
import { chooseVariant, initialVariant, optionValues, selectionOf, valueState } from "@/lib/catalog/variant-selection";

const names = ["Size", "Colour"];
const v = (sku: string, Size: string, Colour: string, available: number) => ({
  id: sku,
  sku,
  options: { Size, Colour },
  available,
});
const variants = [
  v("S-WHI", "S", "White", 0),
  v("S-NAV", "S", "Navy", 4),
  v("M-WHI", "M", "White", 10),
  v("M-NAV", "M", "Navy", 10),
  // No L in White: a combination that does not exist.
  v("L-NAV", "L", "Navy", 2),
];

describe("variant selection", () => {
  it("lists option values in the order variants use them", () => {
    expect(optionValues(names, variants)).toEqual([
      { name: "Size", values: ["S", "M", "L"] },
      { name: "Colour", values: ["White", "Navy"] },
    ]);
  });

  it("starts from the requested SKU, else the first variant in stock", () => {
    expect(initialVariant(variants, "L-NAV")?.sku).toBe("L-NAV");
    expect(initialVariant(variants, "NOPE")?.sku).toBe("S-NAV");
    expect(initialVariant(variants)?.sku).toBe("S-NAV");
    expect(initialVariant([v("X", "S", "White", 0)])?.sku).toBe("X");
    expect(initialVariant([])).toBeUndefined();
  });

  it("picks the exact combination, sold out or not", () => {
    const current = selectionOf(v("M-WHI", "M", "White", 10), names);
    expect(chooseVariant(variants, names, current, "Colour", "Navy")?.sku).toBe("M-NAV");
    expect(chooseVariant(variants, names, current, "Size", "S")?.sku).toBe("S-WHI");
  });

  it("falls back to the closest variant with the chosen value when the combination does not exist", () => {
    const current = { Size: "M", Colour: "White" };
    expect(chooseVariant(variants, names, current, "Size", "L")?.sku).toBe("L-NAV");
    expect(chooseVariant(variants, names, current, "Size", "XXL")).toBeUndefined();
  });

  it("tells which values can be bought with the other current choices", () => {
    const current = { Size: "S", Colour: "Navy" };
    expect(valueState(variants, names, current, "Colour", "White")).toBe("sold_out");
    expect(valueState(variants, names, current, "Size", "M")).toBe("available");
    expect(valueState(variants, names, { Size: "S", Colour: "White" }, "Size", "L")).toBe("missing");
  });
});
