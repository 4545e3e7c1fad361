import { describe, expect, it } from "vitest";
import { postalAddressFromLines } from "@/lib/accounting/postal-address";
import { checkIsdoc, parseOrdered, tagOf } from "../support/isdoc-schema";

describe("postalAddressFromLines", () => {
  it.each([
    [
      ["Náměstí Míru 12/ů", "120 00 Praha 2", "Česká republika"],
      { street: "Náměstí Míru", building: "12/ů", postalCode: "120 00", city: "Praha 2", countryCode: "CZ" },
    ],
    [
      ["1 Market Street", "Dublin D01 XY00", "Ireland"],
      { street: "Market Street", building: "1", postalCode: "", city: "Dublin D01 XY00", countryCode: "IE" },
    ],
    [
      ["Flat 2", "10 Downing Street", "SW1A 2AA London", "GB"],
      { street: "Flat 2, 10 Downing Street", postalCode: "SW1A 2AA", city: "London", countryName: "United Kingdom" },
    ],
    [["Somewhere"], { street: "Somewhere", city: "", countryCode: "" }],
  ])("reads %j", (lines, expected) => {
    expect(postalAddressFromLines(lines)).toMatchObject(expected);
  });
});

describe("checkIsdoc (the schema check the export test relies on)", () => {
  const root = (xml: string) => {
    const node = parseOrdered(xml).find((n) => tagOf(n) === "Invoice");
    if (!node) throw new Error("no root");
    return node;
  };

  it("reports a missing required element, one out of order and one the schema does not know", () => {
    const problems = checkIsdoc(
      root(
        `<Invoice><ID>1</ID><DocumentType>1</DocumentType><UUID>nope</UUID><Colour>red</Colour><IssueDate>2031-03-15</IssueDate></Invoice>`,
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "Invoice/DocumentType: out of order",
        'Invoice/UUID: "nope" is not a valid value',
        "Invoice/Colour: not allowed in Invoice",
        "Invoice/VATApplicable: missing",
        "Invoice/LegalMonetaryTotal: missing",
      ]),
    );
  });
});
