import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type AwaitingOrder, isApplicable, matchCredits } from "@/lib/payments/bank-transfer/match-credits";
import { parseCamt053 } from "@/lib/payments/bank-transfer/parse-camt053";
import { parseStatement } from "@/lib/payments/bank-transfer/parse-statement";
import { parseStatementCsv } from "@/lib/payments/bank-transfer/parse-statement-csv";
import { StatementFormatError } from "@/lib/payments/bank-transfer/statement-credit";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/bank", name), "utf8");
const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const czk = (amountMinor: number) => ({ amountMinor, currency: "CZK" });
const order = (reference: string, amount: { amountMinor: number; currency: string }): AwaitingOrder => ({
  orderId: `order-${reference}`,
  orderNumber: reference,
  reference,
  amount,
});

describe("camt.053.001.02 (euro account)", () => {
  const statement = parseCamt053(fixture("camt053-eur.xml"));

  it("reads booked credits only, each transaction of a batch on its own", () => {
    expect(statement.format).toBe("camt.053");
    expect(statement.statementId).toBe("2026-12-04-DE89370400440532013000");
    expect(statement.credits.map((c) => [c.amount.amountMinor, c.variableSymbols])).toEqual([
      [4990, ["100042"]],
      [12000, ["100043"]],
      [1500, ["100044"]],
      [1000, []],
      [2000, ["100045"]],
      [2500, ["100046"]],
    ]);
    expect(statement.skipped.map((s) => s.reason)).toEqual(["a debit", "not booked (PDNG)", "a reversal"]);
  });

  it("takes the reference from RmtInf, from EndToEndId alone, and from a creditor reference", () => {
    const [withRmtInf, endToEndOnly, creditorRef] = statement.credits;
    expect(withRmtInf?.references).toEqual(["100042"]); // EndToEndId NOTPROVIDED is not a reference
    expect(endToEndOnly?.references).toEqual(["100043"]);
    expect(creditorRef?.references).toEqual(["RF72100044"]);
    expect(withRmtInf?.counterparty).toEqual({ name: "Anna Schmidt", account: "DE02120300000000202051" });
    expect(withRmtInf?.bookedOn).toBe("2026-12-04");
    expect(withRmtInf?.amount).toEqual(eur(4990));
  });

  it("gives every credit an id that is the same in every upload and unique in the statement", () => {
    const ids = statement.credits.map((c) => c.entryId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("DE89370400440532013000:20261204-000001");
    expect(ids[4]).toBe("DE89370400440532013000:20261204-000008#1");
    expect(ids[3]).toMatch(/^camt:[0-9a-f]{32}$/); // no bank reference: content hash
    expect(parseCamt053(fixture("camt053-eur.xml")).credits.map((c) => c.entryId)).toEqual(ids);
  });

  it("decodes XML entities in names", () => {
    expect(statement.credits[3]?.counterparty.name).toBe("Unknown Payer & Co");
  });
});

describe("camt.053.001.08 (Czech crown account)", () => {
  const statement = parseCamt053(fixture("camt053-czk.xml"));

  it("reads the variable symbol in each Czech bank's way", () => {
    expect(statement.credits.map((c) => [c.amount, c.variableSymbols])).toEqual([
      [czk(125000), ["100050"]],
      [czk(49900), ["100051"]],
      [czk(30000), ["100052"]],
    ]);
    expect(statement.credits[0]?.counterparty).toEqual({
      name: "Petra Nováková",
      account: "CZ5508000000001234567899",
    });
    expect(statement.credits[1]?.counterparty.account).toBe("19-2000145399/0800");
  });
});

describe("statement CSV", () => {
  it("reads semicolon CSV with decimal commas and Czech dates, skipping debits", () => {
    const statement = parseStatementCsv(fixture("statement.csv"));
    expect(statement.credits.map((c) => [c.entryId, c.bookedOn, c.amount, c.variableSymbols])).toEqual([
      ["csv:T-1", "2026-12-04", eur(4990), ["100042"]],
      ["csv:T-2", "2026-12-04", eur(12000), ["100043"]],
      ["csv:T-4", "2026-12-04", eur(1000), []],
    ]);
    expect(statement.skipped).toEqual([{ entry: "row 4", reason: "a debit" }]);
  });

  it("without an id column, two identical rows are two credits with stable ids", () => {
    const csv = "Date,Amount,Currency,Reference\n2026-12-04,10.00,EUR,100042\n2026-12-04,10.00,EUR,100042\n";
    const first = parseStatementCsv(csv).credits.map((c) => c.entryId);
    expect(first).toHaveLength(2);
    expect(new Set(first).size).toBe(2);
    expect(parseStatementCsv(csv).credits.map((c) => c.entryId)).toEqual(first);
  });

  it.each([
    ["", /empty/],
    ["date,amount,currency\n2026-12-04,1.00,EUR\n", /lacks the column\(s\): reference/],
    ["date,amount,currency,reference\n2026-13-04,1.00,EUR,1\n", /Row 2: the date/],
    ["date,amount,currency,reference\n2026-02-30,1.00,EUR,1\n", /Row 2: the date/],
    ["date,amount,currency,reference\n2026-12-04,1.001,EUR,1\n", /Row 2: the amount/],
    ["date,amount,currency,reference\n2026-12-04,abc,EUR,1\n", /Row 2: the amount/],
    ["date,amount,currency,reference\n2026-12-04,1.00,euro,1\n", /Row 2: the currency/],
    ['date,amount,currency,reference\n2026-12-04,1.00,EUR,"unclosed\n', /not valid CSV/],
    ["date,amount,currency,reference\n2026-12-04,1.00,EUR,1\u0000\n", /Row 2: this field contains characters/],
  ])("refuses %j", (csv, message) => {
    expect(() => parseStatementCsv(csv)).toThrow(StatementFormatError);
    expect(() => parseStatementCsv(csv)).toThrow(message);
  });

  it("refuses a statement over the row limit", () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `2026-12-04,1.00,EUR,${i}`).join("\n");
    expect(() => parseStatementCsv(`date,amount,currency,reference\n${rows}\n`)).toThrow(/more than 10000 rows/);
  });
});

describe("hostile or wrong files", () => {
  it.each([
    ["not XML", "<Document><BkToCstmrStmt>", /not well-formed/],
    [
      "an entity expansion",
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><Document>&b;</Document>',
      /document type declaration/,
    ],
    [
      "an external entity",
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document>&x;</Document>',
      /document type declaration/,
    ],
    [
      "another ISO 20022 message",
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>',
      /not a camt.053/,
    ],
    [
      "an entry without a currency",
      "<Document><BkToCstmrStmt><Stmt><Ntry><Amt>1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry></Stmt></BkToCstmrStmt></Document>",
      /not a camt.053/,
    ],
  ])("refuses %s", (_label, xml, message) => {
    expect(() => parseStatement(xml)).toThrow(StatementFormatError);
    expect(() => parseStatement(xml)).toThrow(message);
  });

  it("tells XML from CSV by content (with a byte-order mark too)", () => {
    expect(parseStatement(`\uFEFF${fixture("camt053-czk.xml")}`).format).toBe("camt.053");
    expect(parseStatement(fixture("statement.csv")).format).toBe("csv");
  });

  it("skips credits whose amount has more decimals than the currency", () => {
    const xml = fixture("camt053-czk.xml").replace(
      '<Amt Ccy="CZK">300.00</Amt>\n            <CdtDbtInd>',
      '<Amt Ccy="CZK">300.001</Amt>\n            <CdtDbtInd>',
    );
    const statement = parseCamt053(xml);
    expect(statement.credits).toHaveLength(2);
    expect(statement.skipped[0]?.reason).toMatch(/amount that cannot be read/);
  });
});

describe("matching credits to awaiting orders", () => {
  const credits = parseCamt053(fixture("camt053-eur.xml")).credits;

  it("matches the camt.053 fixture by reference and amount", () => {
    const awaiting = [
      order("100042", eur(4990)), // exact, reference in RmtInf
      order("100043", eur(12000)), // exact, reference only in EndToEndId
      order("100044", eur(2000)), // paid 15.00 of 20.00
      order("100045", eur(1500)), // paid 20.00 of 15.00
      order("100099", eur(1000)), // same amount as the unreferenced credit, but no reference: not matched
    ];
    const matches = matchCredits(credits, awaiting);
    expect(
      matches.map((m) => [m.kind, m.kind === "matched" ? [m.order.reference, m.amountCheck, m.differenceMinor] : null]),
    ).toEqual([
      ["matched", ["100042", "exact", 0]],
      ["matched", ["100043", "exact", 0]],
      ["matched", ["100044", "underpaid", -500]],
      ["unmatched", null],
      ["matched", ["100045", "overpaid", 500]],
      ["unmatched", null],
    ]);
    expect(matches.filter(isApplicable).map((m) => m.order.reference)).toEqual(["100042", "100043"]);
  });

  it("calls a transfer naming two awaiting orders ambiguous", () => {
    const [credit] = parseStatementCsv("date,amount,currency,reference\n2026-12-04,10.00,EUR,100046 100047\n").credits;
    const matches = matchCredits(credit ? [credit] : [], [order("100046", eur(500)), order("100047", eur(500))]);
    expect(matches[0]).toMatchObject({ kind: "ambiguous" });
    expect(matches[0]?.kind === "ambiguous" && matches[0].candidates.map((o) => o.reference)).toEqual([
      "100046",
      "100047",
    ]);
  });

  it("calls two transfers for one order ambiguous (split or duplicate payment)", () => {
    const csv = "date,amount,currency,reference,id\n2026-12-04,5.00,EUR,100042,a\n2026-12-04,5.00,EUR,VS 100042,b\n";
    const matches = matchCredits(parseStatementCsv(csv).credits, [order("100042", eur(1000))]);
    expect(matches.map((m) => m.kind)).toEqual(["ambiguous", "ambiguous"]);
  });

  it("flags a payment in another currency and never applies it", () => {
    const [credit] = parseStatementCsv("date,amount,currency,reference\n2026-12-04,49.90,CZK,100042\n").credits;
    const [match] = matchCredits(credit ? [credit] : [], [order("100042", eur(4990))]);
    expect(match).toMatchObject({ kind: "matched", amountCheck: "other_currency" });
    expect(match && isApplicable(match)).toBe(false);
  });

  it("reports entries recorded before and does not match them again", () => {
    const recorded = new Set([credits[0]?.entryId ?? ""]);
    const matches = matchCredits(credits, [order("100042", eur(4990))], recorded);
    expect(matches[0]?.kind).toBe("already_recorded");
    expect(matches.filter(isApplicable)).toHaveLength(0);
  });

  it("matches the Czech statement by variable symbol, zeros or not", () => {
    const czech = parseCamt053(fixture("camt053-czk.xml")).credits;
    const matches = matchCredits(czech, [
      order("100050", czk(125000)),
      order("100051", czk(49900)),
      order("100052", czk(35000)),
    ]);
    expect(matches.map((m) => (m.kind === "matched" ? m.amountCheck : m.kind))).toEqual([
      "exact",
      "exact",
      "underpaid",
    ]);
  });
});

describe("control characters", () => {
  it("refuses a statement whose text carries a control character", () => {
    const xml = fixture("camt053-eur.xml").replace("<Ustrd>100042</Ustrd>", "<Ustrd>1000\u001b42</Ustrd>");
    expect(() => parseCamt053(xml)).toThrow(StatementFormatError);
  });
});
