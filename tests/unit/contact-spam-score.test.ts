import { describe, expect, it } from "vitest";
import { issueFormToken, readFormToken } from "@/lib/contact/form-token";
import { parseEnv } from "@/lib/env";
import { contactMessageSchema, hasControlCharacters } from "@/lib/contact/schemas";
import { MIN_FILL_MS, SPAM_THRESHOLD, scoreContactMessage } from "@/lib/contact/spam-score";

const now = new Date("2026-11-25T12:00:00Z");
const ago = (ms: number) => issueFormToken(new Date(now.getTime() - ms));

function input(overrides: Record<string, unknown> = {}) {
  return contactMessageSchema.parse({
    name: "Ada Lovelace",
    email: "ada@example.com",
    subject: "OTHER",
    message: "Do you ship to Norway? I could not find it in the delivery page.",
    consent: true,
    formToken: ago(30_000),
    ...overrides,
  });
}

describe("form token", () => {
  it("round-trips the time it was issued and rejects any change", () => {
    const token = issueFormToken(now);
    expect(readFormToken(token)?.getTime()).toBe(now.getTime());
    const [stamp, signature = ""] = token.split(".");
    expect(readFormToken(`${Number(stamp) - 60_000}.${signature}`)).toBeNull();
    expect(readFormToken(`${stamp}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`)).toBeNull();
    expect(readFormToken("")).toBeNull();
    expect(readFormToken("not a token")).toBeNull();
  });
});

describe("scoreContactMessage", () => {
  it("lets an ordinary message through with no reasons", () => {
    expect(scoreContactMessage(input(), now)).toEqual({ score: 0, reasons: [], isSpam: false });
  });

  it.each([
    ["a filled honeypot", { website: "x" }, "honeypot"],
    ["a form sent in under two seconds", { formToken: ago(MIN_FILL_MS - 1) }, "too_fast"],
    ["a forged token", { formToken: `${now.getTime() - 60_000}.${"x".repeat(43)}` }, "form_token_invalid"],
    [
      "five links",
      { message: "a https://a.example b http://b.example c www.c.example d https://d.example e https://e.example" },
      "links:5",
    ],
    ["a link in the name", { name: "Cheap https://pills.example" }, "link_in_name"],
    ["spam phrases", { message: "Buy followers now! Make money fast with our forex tips." }, "phrase:buy followers"],
  ])("files %s as spam", (_label, overrides, reason) => {
    const verdict = scoreContactMessage(input(overrides), now);
    expect(verdict.isSpam).toBe(true);
    expect(verdict.score).toBeGreaterThanOrEqual(SPAM_THRESHOLD);
    expect(verdict.reasons).toContain(reason);
  });

  it.each([
    ["exactly the minimum fill time", { formToken: ago(MIN_FILL_MS) }],
    ["one link", { message: "My order page https://shop.example/account/orders/1 shows the wrong size." }],
    ["two links", { message: "Compare https://a.example/x with https://b.example/y please, thanks." }],
    ["a form left open over the weekend", { formToken: ago(3 * 24 * 3600 * 1000) }],
    ["one phrase alone", { message: "I clicked 'click here' in your e-mail and nothing happened." }],
  ])("does not file %s as spam", (_label, overrides) => {
    expect(scoreContactMessage(input(overrides), now).isSpam).toBe(false);
  });
});

describe("hasControlCharacters", () => {
  it.each([
    ["plain", false, false],
    ["tab\there", false, true],
    ["tab\there", true, false],
    ["line\nbreak", false, true],
    ["line\r\nbreak", true, false],
    ["nul\u0000", true, true],
    ["bell\u0007", true, true],
    ["separator\u2028", false, true],
    ["separator\u2028", true, false],
  ])("%j (line breaks allowed: %s) → %s", (text, allowLineBreaks, expected) => {
    expect(hasControlCharacters(text, allowLineBreaks)).toBe(expected);
  });
});

describe("contact configuration", () => {
  it("refuses a short CONTACT_SECRET and an invalid SHOP_CONTACT_EMAIL, and treats blanks as unset", () => {
    expect(() => parseEnv({ CONTACT_SECRET: "too-short" })).toThrow(/CONTACT_SECRET/);
    expect(() => parseEnv({ SHOP_CONTACT_EMAIL: "staff" })).toThrow(/SHOP_CONTACT_EMAIL/);
    expect(parseEnv({ CONTACT_SECRET: "", SHOP_CONTACT_EMAIL: "" })).toMatchObject({
      CONTACT_SECRET: undefined,
      SHOP_CONTACT_EMAIL: undefined,
    });
  });
});
