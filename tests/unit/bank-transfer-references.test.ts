import { describe, expect, it } from "vitest";
import {
  czechAccountToIban,
  formatIbanForPeople,
  ibanToCzechAccount,
  normalizeBic,
  normalizeIban,
} from "@/lib/payments/bank-transfer/bank-account";
import {
  PaymentReferenceError,
  creditorReference,
  parseCreditorReference,
  paymentReferenceForOrder,
  variableSymbolsIn,
} from "@/lib/payments/bank-transfer/payment-reference";

describe("payment reference (variable symbol) of an order", () => {
  it.each([
    ["100042", "100042"],
    ["100001", "100001"],
    ["0000100042", "100042"],
    ["9999999999", "9999999999"],
  ])("order %s → %s", (number, reference) => {
    expect(paymentReferenceForOrder(number)).toBe(reference);
  });

  it("is deterministic and distinct for distinct orders", () => {
    const numbers = Array.from({ length: 2000 }, (_, i) => String(100001 + i));
    const references = numbers.map(paymentReferenceForOrder);
    expect(new Set(references).size).toBe(numbers.length);
    expect(numbers.map(paymentReferenceForOrder)).toEqual(references);
    expect(references.every((r) => /^\d{1,10}$/.test(r))).toBe(true);
  });

  it.each(["", "NW-100042", "12345678901", "0", "000", "100042 ", "1e5", "-100042"])("refuses %j", (number) => {
    expect(() => paymentReferenceForOrder(number)).toThrow(PaymentReferenceError);
  });
});

describe("ISO 11649 creditor reference", () => {
  it("accepts the standard's example and makes the same check digits", () => {
    expect(parseCreditorReference("RF18 5390 0754 7034")).toBe("539007547034");
    expect(creditorReference("539007547034")).toBe("RF18539007547034");
  });

  it("round-trips order references and rejects a wrong check", () => {
    const rf = creditorReference("100044");
    expect(parseCreditorReference(rf)).toBe("100044");
    expect(parseCreditorReference("RF19539007547034")).toBeNull();
    expect(parseCreditorReference("RF18")).toBeNull();
  });
});

describe("variable symbols in bank reference texts", () => {
  it.each([
    ["/VS/100050/SS//KS/0308", ["100050"]],
    ["/VS100050/SS1234", ["100050"]],
    ["VS:0000100051", ["100051"]],
    ["VS 100052 SS 1234", ["100052"]],
    ["vs=100053", ["100053"]],
    ["V.S. 100054", ["100054"]],
    ["Variabilní symbol 100055", ["100055"]],
    ["100042", ["100042"]],
    ["Order 100045", ["100045"]],
    ["RF72100044", ["100044"]],
    ["Payment 100046 and 100047", ["100046", "100047"]],
    ["Thank you", []],
    ["NEWS 123456", ["123456"]],
    ["12345678901", []],
    ["ABC100042", []],
  ])("%j → %j", (text, expected) => {
    expect(variableSymbolsIn(text)).toEqual(expected);
  });
});

describe("IBAN and BIC", () => {
  it.each([
    ["CZ65 0800 0000 1920 0014 5399", "CZ6508000000192000145399"],
    ["de89370400440532013000", "DE89370400440532013000"],
    ["BE72000000001616", "BE72000000001616"],
  ])("normalizes %j", (text, iban) => {
    expect(normalizeIban(text)).toBe(iban);
  });

  it.each([
    "CZ6608000000192000145399", // wrong check digits
    "CZ650800000019200014539", // too short for CZ
    "DE8937040044053201300X",
    "XX89370400440532013000",
    "",
    "CZ65 0800 0000 1920 0014 539X",
  ])("refuses IBAN %j", (text) => {
    expect(normalizeIban(text)).toBeNull();
  });

  it.each([
    ["gibaczpx", "GIBACZPX"],
    ["KOMB CZ PP XXX", "KOMBCZPPXXX"],
    ["BFSWDE33BER", "BFSWDE33BER"],
  ])("normalizes BIC %j", (text, bic) => {
    expect(normalizeBic(text)).toBe(bic);
  });

  it.each(["GIBACZP", "GIBACZPXX", "1IBACZPX", "GIBAQQPX", ""])("refuses BIC %j", (text) => {
    expect(normalizeBic(text)).toBeNull();
  });

  it("prints an IBAN in groups of four", () => {
    expect(formatIbanForPeople("CZ6508000000192000145399")).toBe("CZ65 0800 0000 1920 0014 5399");
  });
});

describe("Czech account numbers and IBAN", () => {
  it.each([
    ["19-2000145399/0800", "CZ6508000000192000145399"],
    ["1265098001/5500", "CZ5855000000001265098001"],
    ["123/0100", "CZ7801000000000000000123"],
    ["300300232/0800", "CZ2508000000000300300232"],
  ])("%s ↔ %s", (account, iban) => {
    expect(czechAccountToIban(account)).toBe(iban);
    expect(ibanToCzechAccount(iban)).toBe(account);
  });

  it.each(["19-2000145398/0800", "2000145399/080", "1234567-2000145399/0800", "abc/0800", "19-2000145399"])(
    "refuses %j",
    (account) => {
      expect(czechAccountToIban(account)).toBeNull();
    },
  );

  it("gives no domestic form for a foreign IBAN", () => {
    expect(ibanToCzechAccount("DE89370400440532013000")).toBeNull();
  });
});
