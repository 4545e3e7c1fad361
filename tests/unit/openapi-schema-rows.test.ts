import { describe, expect, it } from "vitest";
import { type JsonSchema, fieldRows, typeLabel } from "@/lib/openapi/schema-rows";

const components: Record<string, JsonSchema> = {
  Money: {
    type: "object",
    properties: { amountMinor: { type: "integer" }, currency: { type: "string", description: "ISO 4217 code." } },
    required: ["amountMinor", "currency"],
  },
};

describe("OpenAPI schema → docs table rows", () => {
  it("flattens nested objects, arrays and references into dotted names", () => {
    const schema: JsonSchema = {
      type: "object",
      properties: {
        email: { type: "string", maxLength: 254 },
        address: {
          type: "object",
          properties: { city: { type: "string", minLength: 1, maxLength: 80 } },
          required: ["city"],
        },
        lines: {
          type: "array",
          items: { type: "object", properties: { total: { $ref: "#/components/schemas/Money" } } },
        },
        image: { anyOf: [{ $ref: "#/components/schemas/Money" }, { type: "null" }] },
        sort: { type: "string", enum: ["name", "newest"], default: "name" },
      },
      required: ["email"],
    };
    const rows = fieldRows(schema, components);
    expect(rows.map((r) => [r.name, r.type, r.required])).toEqual([
      ["email", "string", true],
      ["address", "object", false],
      ["address.city", "string", true],
      ["lines", "object[]", false],
      ["lines[].total", "Money", false],
      ["lines[].total.amountMinor", "integer", true],
      ["lines[].total.currency", "string", true],
      ["image", "Money or null", false],
      ["image.amountMinor", "integer", true],
      ["image.currency", "string", true],
      ["sort", "string", false],
    ]);
    expect(rows.find((r) => r.name === "address.city")?.notes).toEqual(["Length 1–80"]);
    expect(rows.find((r) => r.name === "sort")?.notes).toEqual(['One of: "name", "newest"', 'Default "name"']);
    expect(rows.find((r) => r.name === "lines[].total.currency")?.notes).toEqual(["ISO 4217 code."]);
  });

  it("names maps, unions and formats", () => {
    expect(typeLabel({ type: "object", additionalProperties: { type: "string" } }, components)).toBe(
      "map of string to string",
    );
    expect(typeLabel({ anyOf: [{ type: "string" }, { type: "integer" }, { type: "null" }] }, components)).toBe(
      "string or integer or null",
    );
    expect(typeLabel({ type: "string", format: "uuid" }, components)).toBe("string (uuid)");
    expect(typeLabel({ const: true }, components)).toBe("true");
  });
});
