import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { yearInShopTimeZone } from "@/lib/invoices/allocate-document-number";
import { findInvoicePdfForOrder } from "@/lib/invoices/find-invoice-pdf";
import { issueCreditNote } from "@/lib/invoices/issue-credit-note";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { czechInvoiceInput } from "../support/invoice-fixtures";
import { pdfText } from "../support/pdf-text";

const db = createDb(inject("databaseUrl"), 12);
afterAll(() => db.$disconnect());

// Concurrent issuers queue on the counter row; give them room beyond Prisma's 5 s default.
const LONG_TX = { maxWait: 60_000, timeout: 60_000 };

describe("issueInvoice", () => {
  it("stores a PDF with the number, the Czech buyer, the VAT per rate and the totals", async () => {
    const orderId = randomUUID();
    const issued = await db.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(orderId)), LONG_TX);
    expect(issued.number).toMatch(/^\d{4}-\d{6}$/);
    expect(issued.totalMinor).toBe(242000 + 11200 + 9900);

    const stored = await findInvoicePdfForOrder(db, orderId);
    expect(stored?.filename).toBe(`invoice-${issued.number}.pdf`);
    expect(stored?.pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(stored?.pdf ?? new Uint8Array());
    // Kept for looking at the page as an image: pdftoppm -png -r 90 /tmp/invoice-cs.pdf /tmp/invoice-cs
    writeFileSync("/tmp/invoice-cs.pdf", stored?.pdf ?? "");
    expect(text).toContain(`Invoice ${issued.number}`);
    expect(text).toContain("Jiří Řehoř Žluťoučký");
    expect(text).toContain("Náměstí Míru 12/ů");
    expect(text).toContain("Příliš žluťoučký kůň úpěl ďábelské ódy");
    expect(text).toContain("Platební karta");
    // en-IE money format; 21 % on 2,000.00 + 81.82, 12 % on 100.00, total 2,631.00
    expect(text).toMatch(/VAT 21 % on CZK\s?2,081\.82 CZK\s?437\.18/);
    expect(text).toMatch(/VAT 12 % on CZK\s?100\.00 CZK\s?12\.00/);
    expect(text).toMatch(/Total CZK\s?2,631\.00/);
  });

  it("issues an order's invoice once and never changes it", async () => {
    const orderId = randomUUID();
    const first = await db.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(orderId)), LONG_TX);
    const again = await db.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(orderId)), LONG_TX);
    expect(again.number).toBe(first.number);
    expect(Buffer.compare(again.pdf, first.pdf)).toBe(0);
    await expect(db.invoice.update({ where: { orderId }, data: { totalMinor: 1 } })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(db.invoice.delete({ where: { orderId } })).rejects.toThrow(/cannot be changed/);
  });

  it("gives a rolled-back transaction's number to the next invoice", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await issueInvoice(tx, czechInvoiceInput(randomUUID()));
        throw new Error("payment could not be recorded");
      }, LONG_TX),
    ).rejects.toThrow("payment could not be recorded");
    const before = await db.invoice.findMany({ select: { number: true } });
    const next = await db.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(randomUUID())), LONG_TX);
    const sequence = (n: string) => Number(n.split("-")[1]);
    expect(sequence(next.number)).toBe(Math.max(...before.map((row) => sequence(row.number))) + 1);
  });

  it("numbers 50 concurrent invoices without gaps or duplicates", async () => {
    // This year's counter: other tests issue documents dated in other years, which count in their own rows.
    const year = yearInShopTimeZone(new Date());
    const start =
      (await db.documentCounter.findUnique({ where: { series_year: { series: "invoice", year } } }))?.lastNumber ?? 0;
    // One connection per issuer, so they contend on the counter row rather than on the connection pool.
    const wide = createDb(inject("databaseUrl"), 50);
    const settled = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        wide.$transaction((tx) => issueInvoice(tx, czechInvoiceInput(randomUUID())), LONG_TX),
      ),
    );
    await wide.$disconnect();
    const issued = settled.map((result) => {
      if (result.status === "rejected") throw result.reason;
      return result.value;
    });
    const sequences = issued.map((one) => Number(one.number.split("-")[1])).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => start + index + 1));
    expect(new Set(issued.map((one) => one.number)).size).toBe(50);
  });

  it.each([
    ["no lines", { lines: [] }],
    [
      "gross not net plus VAT",
      {
        lines: [
          {
            description: "x",
            quantity: 1,
            unitPriceMinor: 100,
            vatRatePercent: 21,
            netMinor: 80,
            vatMinor: 21,
            grossMinor: 100,
          },
        ],
      },
    ],
    [
      "fractional minor units",
      {
        lines: [
          {
            description: "x",
            quantity: 1,
            unitPriceMinor: 100.5,
            vatRatePercent: 21,
            netMinor: 80,
            vatMinor: 20.5,
            grossMinor: 100.5,
          },
        ],
      },
    ],
    ["a buyer without a name", { buyer: { name: " ", addressLines: ["x"] } }],
  ])("refuses %s and takes no number", async (_, override) => {
    const before = await db.documentCounter.findMany();
    await expect(
      db.$transaction((tx) => issueInvoice(tx, { ...czechInvoiceInput(randomUUID()), ...override }), LONG_TX),
    ).rejects.toThrow();
    expect(await db.documentCounter.findMany()).toEqual(before);
  });
});

describe("issueCreditNote", () => {
  it("refers to the invoice, credits the refunded lines and is issued once per refund", async () => {
    const orderId = randomUUID();
    const input = czechInvoiceInput(orderId);
    const invoice = await db.$transaction((tx) => issueInvoice(tx, input), LONG_TX);
    const refundId = randomUUID();
    const creditLines = input.lines.slice(1, 2);
    const note = await db.$transaction((tx) => issueCreditNote(tx, { orderId, refundId, lines: creditLines }), LONG_TX);
    expect(note.number).toMatch(/^CN-\d{4}-\d{6}$/);
    expect(note.totalMinor).toBe(11200);
    const text = await pdfText(note.pdf);
    expect(text).toContain(`Credit note ${note.number}`);
    expect(text).toContain(`Corrects invoice ${invoice.number}`);
    expect(text).toMatch(/Total credited CZK\s?112\.00/);

    const again = await db.$transaction(
      (tx) => issueCreditNote(tx, { orderId, refundId, lines: creditLines }),
      LONG_TX,
    );
    expect(again.number).toBe(note.number);
  });

  it("refuses to credit more than was invoiced, or an order without an invoice", async () => {
    const orderId = randomUUID();
    const input = czechInvoiceInput(orderId);
    await db.$transaction((tx) => issueInvoice(tx, input), LONG_TX);
    await db.$transaction(
      (tx) => issueCreditNote(tx, { orderId, refundId: randomUUID(), lines: input.lines }),
      LONG_TX,
    );
    const more = db.$transaction(
      (tx) => issueCreditNote(tx, { orderId, refundId: randomUUID(), lines: input.lines.slice(0, 1) }),
      LONG_TX,
    );
    await expect(more).rejects.toBeInstanceOf(AppError);
    await expect(
      db.$transaction(
        (tx) => issueCreditNote(tx, { orderId: randomUUID(), refundId: randomUUID(), lines: input.lines }),
        LONG_TX,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
