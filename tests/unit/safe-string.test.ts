import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { addressSchema, profileSchema, registerSchema } from "@/lib/accounts/schemas";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import { shippingAddressSchema } from "@/lib/checkout/schemas";
import { searchParamsToObject } from "@/lib/http/search-params";
import { controlCharacterMessage, fieldErrorsFromZod, safeString } from "@/lib/validation";

function fieldsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrorsFromZod(result.error);
}

describe("safeString", () => {
  it.each([
    ["NUL", "a\u0000b"],
    ["bell", "a\u0007"],
    ["vertical tab", "a\u000Bb"],
    ["escape (terminal codes)", "\u001B[31mred"],
    ["DEL", "a\u007F"],
    ["C1 control", "a\u0085b"],
  ])("refuses %s with the field message", (_name, value) => {
    const result = safeString().max(100).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(controlCharacterMessage);
  });

  it.each([["plain"], ["tab\tand\r\nlines"], ["Žluťoučký kůň"], ["emoji 🛒"], [""]])("accepts %j", (value) => {
    expect(safeString().safeParse(value).success).toBe(true);
  });

  it("keeps its custom required message and chains like z.string()", () => {
    const schema = safeString({ error: "Enter it." }).trim().min(1);
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("Enter it.");
    expect(schema.parse("  x  ")).toBe("x");
  });
});

describe("every text field refuses control characters with a field error", () => {
  const address = { name: "Ann", line1: "Main St 1", city: "Town", postalCode: "12345", country: "IE" };
  it.each<[string, z.ZodType, unknown, string]>([
    ["search text", productListQuerySchema, searchParamsToObject(new URLSearchParams("q=a%00")), "q"],
    ["category slug", productListQuerySchema, searchParamsToObject(new URLSearchParams("category=a%00")), "category"],
    ["account name", profileSchema, { name: "Ann\u0000", email: "ann@example.com" }, "name"],
    [
      "registration e-mail",
      registerSchema,
      { name: "Ann", email: "ann\u0000@example.com", password: "correct horse battery" },
      "email",
    ],
    ["saved address line", addressSchema, { ...address, line1: "Main\u0000St" }, "line1"],
    ["shipping address city", shippingAddressSchema, { ...address, city: "To\u0000wn" }, "city"],
  ])("%s", (_name, schema, input, field) => {
    expect(Object.keys(fieldsOf(schema, input))).toContain(field);
  });
});
