import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { bankTransferDueAt, dayIn } from "@/lib/payments/bank-transfer/due-date";
import { instructionRows, qrAltText } from "@/lib/payments/bank-transfer/describe-instructions";
import { paymentInstructionsFor } from "@/lib/payments/bank-transfer/payment-instructions";

const account = { accountHolder: "Northwind Goods s.r.o.", iban: "CZ6508000000192000145399", bic: "GIBACZPX" };
const due = new Date("2026-12-11T22:59:59.999Z");

describe("payment instructions", () => {
  it("EUR: an EPC QR payload with the reference as the remittance text", () => {
    const instructions = paymentInstructionsFor(
      { number: "100042", totalMinor: 4990, currency: "EUR", paymentDueAt: due },
      account,
    );
    expect(instructions).toMatchObject({ reference: "100042", amount: { amountMinor: 4990, currency: "EUR" } });
    expect(instructions.qrPayload).toBe(
      "BCD\n002\n1\nSCT\nGIBACZPX\nNorthwind Goods s.r.o.\nCZ6508000000192000145399\nEUR49.90\n\n\n100042",
    );
  });

  it("CZK: a SPAYD payload with the variable symbol in X-VS and the due date in DT", () => {
    const instructions = paymentInstructionsFor(
      { number: "0100043", totalMinor: 125000, currency: "CZK", paymentDueAt: due },
      account,
    );
    expect(instructions.reference).toBe("100043");
    expect(instructions.qrPayload).toBe(
      `SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:1250.00*CC:CZK*DT:${instructions.dueDate.replaceAll("-", "")}*RN:Northwind Goods s.r.o.*X-VS:100043`,
    );
  });

  it("no QR code for a currency without a format, or an account a QR code cannot carry; the details stay", () => {
    const order = { number: "100044", totalMinor: 1000, currency: "EUR", paymentDueAt: due };
    expect(paymentInstructionsFor({ ...order, currency: "USD" }, account).qrPayload).toBeNull();
    const longName = { ...account, accountHolder: "N".repeat(71) };
    expect(paymentInstructionsFor(order, longName)).toMatchObject({ qrPayload: null, iban: account.iban });
  });

  it("reads out every detail for people and screen readers", () => {
    const instructions = paymentInstructionsFor(
      { number: "100042", totalMinor: 4990, currency: "EUR", paymentDueAt: new Date("2026-12-11T12:00:00Z") },
      account,
    );
    expect(instructionRows(instructions, "en-IE")).toEqual([
      ["Account holder", "Northwind Goods s.r.o."],
      ["IBAN", "CZ65 0800 0000 1920 0014 5399"],
      ["BIC", "GIBACZPX"],
      ["Amount", "€49.90"],
      ["Currency", "EUR"],
      ["Reference (variable symbol)", "100042"],
      ["Pay by", "11 December 2026"],
    ]);
    expect(qrAltText(instructions, "en-IE")).toBe(
      "Payment QR code for your banking app: pay €49.90 to Northwind Goods s.r.o., IBAN CZ65 0800 0000 1920 0014 5399, BIC GIBACZPX, reference 100042, by 11 December 2026.",
    );
  });
});

describe("the due date", () => {
  it.each([
    // Prague in winter (UTC+1): placed 10:00 on 4 December → due at the end of 11 December, Prague time.
    ["Europe/Prague", "2026-12-04T09:00:00Z", 7, "2026-12-11T22:59:59.999Z"],
    // Late in the evening in Prague is already the next day there.
    ["Europe/Prague", "2026-12-04T23:30:00Z", 7, "2026-12-12T22:59:59.999Z"],
    // Across the change to summer time (29 March 2026): the end of the day is at UTC+2.
    ["Europe/Prague", "2026-03-25T12:00:00Z", 7, "2026-04-01T21:59:59.999Z"],
    ["UTC", "2026-12-04T09:00:00Z", 7, "2026-12-11T23:59:59.999Z"],
    ["America/New_York", "2026-12-04T03:00:00Z", 3, "2026-12-07T04:59:59.999Z"],
    ["UTC", "2026-12-04T09:00:00Z", 0, "2026-12-04T23:59:59.999Z"],
  ])("%s, placed %s, %i days → %s", (zone, placed, days, expected) => {
    const dueAt = bankTransferDueAt(new Date(placed), days, zone);
    expect(dueAt.toISOString()).toBe(expected);
    expect(dayIn(new Date(dueAt.getTime() + 1), zone)).not.toBe(dayIn(dueAt, zone));
  });
});

describe("the OpenAPI document", () => {
  it("documents the bank-transfer instructions in the checkout answer", () => {
    const document = buildOpenApiDocument();
    const schemas = document.components?.schemas ?? {};
    const instructions = schemas.PaymentInstructions as { properties?: object; required?: string[] } | undefined;
    expect(Object.keys(instructions?.properties ?? {}).sort()).toEqual(
      ["accountHolder", "amount", "bic", "dueDate", "iban", "qrPayload", "reference"].sort(),
    );
    expect([...(instructions?.required ?? [])].sort()).toEqual(
      ["accountHolder", "amount", "bic", "dueDate", "iban", "qrPayload", "reference"].sort(),
    );
    const result = JSON.stringify(schemas.CheckoutResult);
    expect(result).toContain('"paymentInstructions"');
    expect(result).toContain("#/components/schemas/PaymentInstructions");
    const checkout = JSON.stringify(document.paths?.["/api/checkout"]?.post);
    expect(checkout).toContain("paymentInstructions");
  });
});
