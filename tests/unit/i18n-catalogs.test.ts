import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Messages } from "@/lib/i18n/catalog";
import { serverTextKey } from "@/lib/i18n/server-text";
import { flatten, keyUser, messageShape, sourceFiles } from "@/tests/support/catalog-usage";

// Every catalog has every key of the English one and no other, each message keeps the English message's arguments
// and gives every plural form its language has (CLDR, through Intl.PluralRules), and every key is used somewhere.

const root = process.cwd();
const dir = path.join(root, "lib", "i18n", "messages");
const load = (language: string) =>
  flatten(JSON.parse(readFileSync(path.join(dir, `${language}.json`), "utf8")) as Messages);
const languages = readdirSync(dir)
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.replace(/\.json$/, ""));
const english = load("en");

describe("message catalogs", () => {
  it("include English and Czech", () => {
    expect(languages).toEqual(expect.arrayContaining(["en", "cs"]));
  });

  for (const language of languages.filter((l) => l !== "en")) {
    describe(language, () => {
      const messages = load(language);
      it("has every English key and no other", () => {
        expect([...english.keys()].filter((key) => !messages.has(key))).toEqual([]);
        expect([...messages.keys()].filter((key) => !english.has(key))).toEqual([]);
      });

      it("keeps each message's arguments and gives every plural form of the language", () => {
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        const problems: string[] = [];
        for (const [key, source] of english) {
          const translated = messages.get(key);
          if (translated === undefined) continue;
          const want = messageShape(source);
          const got = messageShape(translated);
          const missing = [...want.arguments].filter((a) => !got.arguments.has(a));
          const extra = [...got.arguments].filter((a) => !want.arguments.has(a));
          if (missing.length || extra.length)
            problems.push(`${key}: arguments ${missing.join(",")} missing, ${extra.join(",")} unknown`);
          for (const [argument, forms] of got.plurals) {
            const absent = categories.filter((c) => c !== "many" && !forms.has(c));
            if (absent.length) problems.push(`${key}: plural ${argument} lacks ${absent.join(", ")}`);
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }

  it("English plurals give one and other", () => {
    const problems = [...english]
      .flatMap(([key, message]) =>
        [...messageShape(message).plurals].map(([argument, forms]) => ({ key, argument, forms })),
      )
      .filter(({ forms }) => !forms.has("one") || !forms.has("other"))
      .map(({ key }) => key);
    expect(problems).toEqual([]);
  });

  it("uses every key", () => {
    const used = keyUser(root);
    const unused = [...english.keys()].filter((key) => !key.startsWith("serverText.") && !used(key));
    expect(unused).toEqual([]);
  });

  it("keeps server texts under the key made from their English text, each still written in the code", () => {
    const source = sourceFiles(root)
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const problems: string[] = [];
    for (const [key, text] of english) {
      if (!key.startsWith("serverText.")) continue;
      if (key !== `serverText.${serverTextKey(text)}`) problems.push(`${key}: key should be ${serverTextKey(text)}`);
      if (!source.includes(JSON.stringify(text))) problems.push(`${key}: "${text}" no longer in the code`);
    }
    expect(problems).toEqual([]);
  });
});
