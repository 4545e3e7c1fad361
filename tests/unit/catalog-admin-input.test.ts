import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestFormFields } from "@/app/admin/_lib/form-input";
import { formatDecimal, formatVatPercent, parsePrice, parseVatPercent } from "@/lib/catalog-admin/amounts";
import { unguardCell } from "@/lib/catalog-admin/csv-format";
import { productCreateSchema, variantUpdateSchema } from "@/lib/catalog-admin/schemas";
import { slugify } from "@/lib/catalog-admin/slugify";

describe("prices typed by staff", () => {
  it.each([
    ["19.99", 1999],
    ["0.1", 10],
    ["0.29", 29],
    ["1.15", 115],
    ["4.35", 435],
    [" 7 ", 700],
    ["1000000", 100_000_000],
    ["19,99", 1999],
    ["1 000 000", 100_000_000],
  ])("%j is %i minor units, exactly", (text, minor) => {
    expect(parsePrice(text, "EUR")).toBe(minor);
  });

  it.each(["", "-1", "1.999", "1,999.50", "1e3", "1000000.01", "99999999999", "0x10", "Infinity", "1.2.3", "€5"])(
    "refuses %j",
    (text) => {
      expect(parsePrice(text, "EUR")).toBeNull();
    },
  );

  it("round-trips every amount through its decimal text", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (minor) => {
        expect(parsePrice(formatDecimal(minor, "EUR"), "EUR")).toBe(minor);
      }),
    );
    expect(formatDecimal(5, "EUR")).toBe("0.05");
    expect(formatDecimal(1500, "JPY")).toBe("1500");
  });
});

describe("VAT rates in percent", () => {
  it.each([
    ["21", 2100],
    ["13.5", 1350],
    ["0.25", 25],
    ["0", 0],
    ["100", 10_000],
  ])("%j is %i basis points and back", (text, bps) => {
    expect(parseVatPercent(text)).toBe(bps);
    expect(formatVatPercent(bps)).toBe(text);
  });

  it("reads a decimal comma as in Czech or German", () => {
    expect(parseVatPercent("13,5")).toBe(1350);
  });

  it.each(["101", "-1", "21.255", "21,255", "1,000", "abc", ""])("refuses %j", (text) => {
    expect(parseVatPercent(text)).toBeNull();
  });
});

describe("form fields to API input", () => {
  it("nests dotted names, keeps option names whole, and reads checkboxes and lists", () => {
    expect(
      nestFormFields(
        {
          name: "Lamp",
          optionNames: "Size, Finish (cm.) ,",
          "variants.0.sku": "L-1",
          "variants.0.optionValues.Size": "M",
          "variants.0.optionValues.Finish (cm.)": "Brass",
          "variants.0.optionValues.Empty": " ",
          "variants.0.stockOnHand": "",
          id: "x",
        },
        { checkboxes: ["featured"], lists: ["optionNames"], omit: ["id"], blankIsMissing: ["variants.0.stockOnHand"] },
      ),
    ).toEqual({
      name: "Lamp",
      optionNames: ["Size", "Finish (cm.)"],
      variants: [{ sku: "L-1", optionValues: { Size: "M", "Finish (cm.)": "Brass" } }],
      featured: false,
    });
  });

  it("reads an empty list as no items", () => {
    expect(nestFormFields({ optionNames: " , " }, { lists: ["optionNames"] })).toEqual({ optionNames: [] });
  });

  it("gives schema errors the input's own name", () => {
    const result = productCreateSchema.safeParse(
      nestFormFields(
        {
          name: "Lamp",
          categoryId: "00000000-0000-4000-8000-000000000000",
          optionNames: "Size",
          "variants.0.sku": "L-1",
          "variants.0.price": "1.999",
        },
        { lists: ["optionNames"] },
      ),
    );
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["variants.0.price"]));
  });

  it("refuses stock through a variant update and unknown fields by name", () => {
    const result = variantUpdateSchema.safeParse({ stockOnHand: 5 });
    expect(result.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["stockOnHand"] });
  });
});

describe("CSV cells and slugs", () => {
  it.each([
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'-5", "-5"],
    ["'@x", "@x"],
    ["'hello", "'hello"],
    ["plain", "plain"],
  ])("unguards %j as %j", (cell, value) => {
    expect(unguardCell(cell)).toBe(value);
  });

  it.each([
    ["Café Crème – 500 g", "cafe-creme-500-g"],
    ["  --Hello__World--  ", "hello-world"],
    ["!!!", ""],
  ])("slugifies %j as %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
