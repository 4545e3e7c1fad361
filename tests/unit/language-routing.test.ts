import { describe, expect, it } from "vitest";
import { defaultLanguage, enabledLanguages, languageFromAcceptLanguage } from "@/lib/i18n/languages";
import { localizedPath, splitLanguagePrefix } from "@/lib/i18n/locale-path";

describe("language prefixes in URLs", () => {
  it("leaves the shop's own language unprefixed and prefixes the others", () => {
    expect(localizedPath("/cart", "en", "en")).toBe("/cart");
    expect(localizedPath("/cart", "cs", "en")).toBe("/cs/cart");
    expect(localizedPath("/", "cs", "en")).toBe("/cs");
    expect(localizedPath("/search?q=ko%C5%A1ile", "cs", "en")).toBe("/cs/search?q=ko%C5%A1ile");
  });

  it("never prefixes what is not a path of this site", () => {
    expect(localizedPath("https://example.com/x", "cs", "en")).toBe("https://example.com/x");
    expect(localizedPath("//evil.example/x", "cs", "en")).toBe("//evil.example/x");
    expect(localizedPath("#main", "cs", "en")).toBe("#main");
  });

  it("splits an enabled language's prefix off a path, and only an enabled one", () => {
    expect(splitLanguagePrefix("/cs/products/linen-shirt", ["en", "cs"])).toEqual({
      language: "cs",
      path: "/products/linen-shirt",
    });
    expect(splitLanguagePrefix("/cs", ["en", "cs"])).toEqual({ language: "cs", path: "/" });
    expect(splitLanguagePrefix("/de/cart", ["en", "cs"])).toEqual({ language: null, path: "/de/cart" });
    expect(splitLanguagePrefix("/csx/cart", ["en", "cs"])).toEqual({ language: null, path: "/csx/cart" });
    expect(splitLanguagePrefix("/cart", ["en", "cs"])).toEqual({ language: null, path: "/cart" });
  });
});

describe("Accept-Language", () => {
  it("picks the client's most preferred enabled language", () => {
    expect(enabledLanguages).toEqual(expect.arrayContaining(["en", "cs"]));
    expect(languageFromAcceptLanguage("cs-CZ,cs;q=0.9,en;q=0.8")).toBe("cs");
    expect(languageFromAcceptLanguage("de-DE,de;q=0.9,cs;q=0.5,en;q=0.4")).toBe("cs");
    expect(languageFromAcceptLanguage("en;q=0.2, cs;q=0.8")).toBe("cs");
  });

  it("falls back to the shop's language for none, an unknown one, q=0 or garbage", () => {
    expect(languageFromAcceptLanguage(null)).toBe(defaultLanguage);
    expect(languageFromAcceptLanguage("")).toBe(defaultLanguage);
    expect(languageFromAcceptLanguage("de-DE")).toBe(defaultLanguage);
    expect(languageFromAcceptLanguage("cs;q=0")).toBe(defaultLanguage);
    expect(languageFromAcceptLanguage(";;;,,,q=zz")).toBe(defaultLanguage);
    expect(languageFromAcceptLanguage("cs;q=abc")).toBe(defaultLanguage);
  });
});
