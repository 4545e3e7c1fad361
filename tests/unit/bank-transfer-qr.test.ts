import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { EPC_MAX_BYTES, type EpcQrInput, buildEpcQrPayload } from "@/lib/payments/bank-transfer/epc-qr";
import { paymentQrFormatFor, paymentQrPayload } from "@/lib/payments/bank-transfer/payment-qr-payload";
import { QrPayloadError } from "@/lib/payments/bank-transfer/qr-payload-error";
import { qrVersionFor, renderQrPng, renderQrSvg } from "@/lib/payments/bank-transfer/render-qr";
import { buildSpaydPayload, spaydValue } from "@/lib/payments/bank-transfer/spayd";

function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** Rasterizes the SVG's module rectangles (qrcode draws them as one path of "M x y h w" runs) and decodes them. */
function decodeSvg(svg: string): string | null {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? "";
  const scale = 8;
  const png = new PNG({ width: size * scale, height: size * scale });
  png.data.fill(255);
  let x = 0;
  let y = 0;
  for (const [, command = "", rest = ""] of path.matchAll(/([MmHhVv])([^MmHhVv]*)/g)) {
    const values = rest
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === "M") [x = 0, y = 0] = values;
    else if (command === "m") [x, y] = [x + (values[0] ?? 0), y + (values[1] ?? 0)];
    else if (command === "h") {
      const length = values[0] ?? 0;
      // Each run is a horizontal stroke 1 unit wide, centred on y.
      for (let px = x * scale; px < (x + length) * scale; px++) {
        for (let py = (y - 0.5) * scale; py < (y + 0.5) * scale; py++) {
          const i = (Math.round(py) * size * scale + px) * 4;
          png.data[i] = png.data[i + 1] = png.data[i + 2] = 0;
        }
      }
      x += length;
    }
  }
  return decodePng(PNG.sync.write(png));
}

const redCross: EpcQrInput = {
  bic: "BPOTBEB1",
  name: "Red Cross of Belgium",
  iban: "BE72000000001616",
  amount: { amountMinor: 100, currency: "EUR" },
  purpose: "CHAR",
  unstructuredText: "Urgency fund",
  information: "Sample EPC QR code",
};

const atByteLimitInput: EpcQrInput = {
  ...redCross,
  name: "Ž".repeat(70),
  unstructuredText: "ů".repeat(68),
  information: undefined,
};
const atByteLimit = buildEpcQrPayload(atByteLimitInput);

describe("EPC QR payload (EPC069-12, version 002)", () => {
  it("writes the guidelines' example element by element", () => {
    // EPC069-12's own example (Red Cross of Belgium, EUR 1), in version 002 with the amount to the cent.
    expect(buildEpcQrPayload(redCross)).toBe(
      [
        "BCD",
        "002",
        "1",
        "SCT",
        "BPOTBEB1",
        "Red Cross of Belgium",
        "BE72000000001616",
        "EUR1.00",
        "CHAR",
        "",
        "Urgency fund",
        "Sample EPC QR code",
      ].join("\n"),
    );
  });

  it("writes the structured-reference variant and leaves out trailing empty elements", () => {
    expect(
      buildEpcQrPayload({
        bic: "BFSWDE33BER",
        name: "Wikimedia Foerdergesellschaft",
        iban: "DE33 1002 0500 0001 1947 00",
        amount: { amountMinor: 12345, currency: "EUR" },
        structuredReference: "RF18539007547034",
      }),
    ).toBe(
      "BCD\n002\n1\nSCT\nBFSWDE33BER\nWikimedia Foerdergesellschaft\nDE33100205000001194700\nEUR123.45\n\nRF18539007547034",
    );
  });

  it("leaves the BIC empty when none is given (optional in version 002)", () => {
    const payload = buildEpcQrPayload({ ...redCross, bic: null, purpose: undefined, information: undefined });
    expect(payload.split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "",
      "Red Cross of Belgium",
      "BE72000000001616",
      "EUR1.00",
      "",
      "",
      "Urgency fund",
    ]);
  });

  it.each([
    [1, "EUR0.01"],
    [10, "EUR0.10"],
    [123456, "EUR1234.56"],
    [99_999_999_999, "EUR999999999.99"],
  ])("writes %i cents as %s", (amountMinor, text) => {
    expect(buildEpcQrPayload({ ...redCross, amount: { amountMinor, currency: "EUR" } }).split("\n")[7]).toBe(text);
  });

  it.each<[string, Partial<EpcQrInput>, string]>([
    ["amount below the minimum", { amount: { amountMinor: 0, currency: "EUR" } }, "amount"],
    ["amount above the maximum", { amount: { amountMinor: 100_000_000_000, currency: "EUR" } }, "amount"],
    ["not euros", { amount: { amountMinor: 100, currency: "CZK" } }, "amount"],
    ["fractional cents", { amount: { amountMinor: 1.5, currency: "EUR" } }, "amount"],
    ["invalid IBAN", { iban: "BE72000000001617" }, "iban"],
    ["invalid BIC", { bic: "BPOT" }, "bic"],
    ["empty name", { name: "  " }, "name"],
    ["name of 71 characters", { name: "x".repeat(71) }, "name"],
    ["line break in the name", { name: "Red\nCross" }, "name"],
    ["purpose of 5 characters", { purpose: "CHARI" }, "purpose"],
    ["lower-case purpose", { purpose: "char" }, "purpose"],
    ["reference and text together", { structuredReference: "RF18539007547034" }, "structuredReference"],
    [
      "structured reference of 36",
      { unstructuredText: "", structuredReference: "R".repeat(36) },
      "structuredReference",
    ],
    ["text of 141 characters", { unstructuredText: "t".repeat(141) }, "unstructuredText"],
    ["information of 71 characters", { information: "i".repeat(71) }, "information"],
  ])("refuses %s", (_label, change, field) => {
    const attempt = () => buildEpcQrPayload({ ...redCross, ...change });
    expect(attempt).toThrow(QrPayloadError);
    try {
      attempt();
    } catch (error) {
      expect((error as QrPayloadError).field).toBe(field);
    }
  });

  it("counts the 331-byte limit in UTF-8 bytes, not characters", () => {
    // 55 bytes of fixed elements and separators + a 70-character name of 2-byte letters (140 bytes) + 68 more
    // 2-byte letters = 331 bytes, in 138 characters: every element is within its character limit.
    expect(Buffer.byteLength(atByteLimit)).toBe(EPC_MAX_BYTES);
    expect(qrVersionFor(atByteLimit)).toBeLessThanOrEqual(13);
    expect(() => buildEpcQrPayload({ ...atByteLimitInput, unstructuredText: "ů".repeat(68) + "u" })).toThrow(
      expect.objectContaining({ field: "payload" }),
    );
  });
});

describe("SPAYD payload (QR Platba)", () => {
  it("writes Komerční banka's published example", () => {
    expect(
      buildSpaydPayload({
        iban: "CZ7801000000000000000123",
        amount: { amountMinor: 79950, currency: "CZK" },
        dueDate: "2022-10-01",
        variableSymbol: "9562231077",
      }),
    ).toBe("SPD*1.0*ACC:CZ7801000000000000000123*AM:799.50*CC:CZK*DT:20221001*X-VS:9562231077");
  });

  it("writes the format description's example with IBAN+BIC and a message", () => {
    expect(
      buildSpaydPayload({
        iban: "CZ5855000000001265098001",
        bic: "RZBCCZPP",
        amount: { amountMinor: 48050, currency: "CZK" },
        message: "Platba za zboží",
        variableSymbol: "1234567890",
      }),
    ).toBe("SPD*1.0*ACC:CZ5855000000001265098001+RZBCCZPP*AM:480.50*CC:CZK*MSG:Platba za zbozi*X-VS:1234567890");
  });

  it.each([
    [500000, "5000.00"],
    [1, "0.01"],
    [999_999_999, "9999999.99"],
  ])("writes %i haléř as AM:%s (always two decimals)", (amountMinor, text) => {
    const payload = buildSpaydPayload({ iban: "CZ6508000000192000145399", amount: { amountMinor, currency: "CZK" } });
    expect(payload).toContain(`*AM:${text}*`);
  });

  it.each([
    ["a*b", 60, "a%2Ab"],
    ["100% cotton", 60, "100%25 cotton"],
    ["Žluťoučký kůň", 60, "Zlutoucky kun"],
    ["line\nbreak\ttab", 60, "line break tab"],
    ["emoji 🙂 and € sign", 60, "emoji and sign"],
    ["x".repeat(61), 60, "x".repeat(60)],
    [`${"x".repeat(58)}*`, 60, "x".repeat(58)],
  ])("escapes value %j (max %i) as %j", (value, max, expected) => {
    expect(spaydValue(value, max)).toBe(expected);
  });

  it("never lets a value end or break a pair", () => {
    const payload = buildSpaydPayload({
      iban: "CZ6508000000192000145399",
      amount: { amountMinor: 100, currency: "CZK" },
      message: "evil*X-VS:999*AM:0.01",
      recipientName: "Shop*Name",
    });
    const pairs = payload.split("*").slice(2);
    expect(pairs.map((pair) => pair.split(":")[0])).toEqual(["ACC", "AM", "CC", "MSG", "RN"]);
    expect(payload).toContain("MSG:evil%2AX-VS:999%2AAM:0.01");
  });

  it("leaves out a recipient name longer than 35 characters rather than cut it", () => {
    const payload = buildSpaydPayload({
      iban: "CZ6508000000192000145399",
      amount: { amountMinor: 100, currency: "CZK" },
      recipientName: "N".repeat(36),
    });
    expect(payload).not.toContain("RN:");
  });

  it.each<[string, Parameters<typeof buildSpaydPayload>[0], string]>([
    ["invalid IBAN", { iban: "CZ6508000000192000145398", amount: { amountMinor: 1, currency: "CZK" } }, "iban"],
    ["invalid BIC", { iban: "CZ6508000000192000145399", bic: "X", amount: { amountMinor: 1, currency: "CZK" } }, "bic"],
    ["zero amount", { iban: "CZ6508000000192000145399", amount: { amountMinor: 0, currency: "CZK" } }, "amount"],
    [
      "amount over 10 characters",
      { iban: "CZ6508000000192000145399", amount: { amountMinor: 1_000_000_000, currency: "CZK" } },
      "amount",
    ],
    [
      "variable symbol of 11 digits",
      { iban: "CZ6508000000192000145399", amount: { amountMinor: 1, currency: "CZK" }, variableSymbol: "12345678901" },
      "variableSymbol",
    ],
    [
      "variable symbol with letters",
      { iban: "CZ6508000000192000145399", amount: { amountMinor: 1, currency: "CZK" }, variableSymbol: "12A" },
      "variableSymbol",
    ],
    [
      "due date not ISO",
      { iban: "CZ6508000000192000145399", amount: { amountMinor: 1, currency: "CZK" }, dueDate: "1.10.2022" },
      "dueDate",
    ],
  ])("refuses %s", (_label, input, field) => {
    expect(() => buildSpaydPayload(input)).toThrow(expect.objectContaining({ field }));
  });
});

describe("payment QR chooser", () => {
  const details = {
    accountHolder: "Northwind Goods s.r.o.",
    iban: "CZ6508000000192000145399",
    bic: "GIBACZPX",
    reference: "100042",
    dueDate: "2026-12-11",
  };

  it("picks EPC QR for euros, SPAYD for crowns, nothing otherwise", () => {
    expect(paymentQrFormatFor("EUR")).toBe("epc");
    expect(paymentQrFormatFor("CZK")).toBe("spayd");
    expect(paymentQrFormatFor("USD")).toBeNull();
    expect(paymentQrPayload({ ...details, amount: { amountMinor: 4990, currency: "USD" } })).toBeNull();
  });

  it("puts the reference where each format's banks read it", () => {
    expect(paymentQrPayload({ ...details, amount: { amountMinor: 4990, currency: "EUR" } })).toBe(
      "BCD\n002\n1\nSCT\nGIBACZPX\nNorthwind Goods s.r.o.\nCZ6508000000192000145399\nEUR49.90\n\n\n100042",
    );
    expect(paymentQrPayload({ ...details, amount: { amountMinor: 124900, currency: "CZK" } })).toBe(
      "SPD*1.0*ACC:CZ6508000000192000145399+GIBACZPX*AM:1249.00*CC:CZK*DT:20261211*RN:Northwind Goods s.r.o.*X-VS:100042",
    );
  });
});

describe("rendered QR codes decode to the exact payload", () => {
  const payloads = [
    ["EPC with UTF-8 name", buildEpcQrPayload({ ...redCross, name: "Příliš žluťoučký kůň s.r.o." })],
    ["EPC at the byte limit", atByteLimit],
    [
      "SPAYD",
      buildSpaydPayload({
        iban: "CZ6508000000192000145399",
        amount: { amountMinor: 124900, currency: "CZK" },
        variableSymbol: "100042",
        message: "Objednavka 100042 * 100%",
      }),
    ],
  ] as const;

  it.each(payloads)("PNG: %s", async (_label, payload) => {
    const png = await renderQrPng(payload, 400);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(decodePng(png)).toBe(payload);
  });

  it.each(payloads)("SVG: %s", async (_label, payload) => {
    const svg = await renderQrSvg(payload);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(decodeSvg(svg)).toBe(payload);
  });

  it("a different payload does not decode as the first (the check can fail)", async () => {
    const [, first] = payloads[0];
    const [, other] = payloads[2];
    expect(decodePng(await renderQrPng(other))).not.toBe(first);
  });
});
