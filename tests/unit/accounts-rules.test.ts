import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/accounts/common-passwords";
import { safeReturnPath } from "@/lib/http/safe-redirect";

describe("common passwords", () => {
  it.each([
    ["Password123", true],
    ["QWERTYUIOP", true],
    ["zzzzzzzzzzzz", true],
    ["abcdefghijk", true],
    ["9876543210", true],
    ["correct horse battery", false],
    ["Tr4vel-with-socks", false],
  ])("%s → %s", (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
  });
});

describe("return path after login", () => {
  it.each([
    ["/account", "/account"],
    ["/products/linen-shirt?x=1", "/products/linen-shirt?x=1"],
    ["https://evil.example/", "/account"],
    ["//evil.example", "/account"],
    ["/\\evil.example", "/account"],
    ["/\tevil", "/account"],
    ["javascript:alert(1)", "/account"],
    [["/a", "/b"], "/account"],
    [undefined, "/account"],
  ])("%j → %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
