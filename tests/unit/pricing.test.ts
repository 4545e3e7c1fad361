import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateProportionally, priceOrder, vatIncluded } from "@/lib/checkout/pricing";

const line = fc.record({
  variantId: fc.uuid(),
  unitPriceMinor: fc.integer({ min: 0, max: 2_000_000 }),
  quantity: fc.integer({ min: 1, max: 99 }),
  vatRateBps: fc.constantFrom(0, 500, 1000, 1200, 1500, 2100, 2500, 2700),
});
const discount = fc.option(
  fc.oneof(
    fc.record({ kind: fc.constant("PERCENT" as const), value: fc.integer({ min: 1, max: 10_000 }) }),
    fc.record({ kind: fc.constant("FIXED" as const), value: fc.integer({ min: 1, max: 50_000_000 }) }),
  ),
  { nil: null },
);
const shipping = fc.record({
  grossMinor: fc.integer({ min: 0, max: 10_000 }),
  vatRateBps: fc.constantFrom(0, 2100),
});

describe("priceOrder (properties)", () => {
  it("lines, breakdown and total always agree to the cent, and nothing is negative", () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), discount, shipping, (lines, rule, ship) => {
        const priced = priceOrder({ lines, discount: rule, shipping: ship });
        const payable = priced.lines.reduce((a, l) => a + l.grossMinor - l.discountMinor, 0);
        expect(payable + priced.shippingMinor).toBe(priced.totalMinor);
        expect(priced.lines.reduce((a, l) => a + l.discountMinor, 0)).toBe(priced.discountMinor);
        expect(priced.vatBreakdown.reduce((a, e) => a + e.grossMinor, 0)).toBe(priced.totalMinor);
        expect(priced.vatBreakdown.reduce((a, e) => a + e.vatMinor, 0)).toBe(priced.vatMinor);
        expect(priced.discountMinor).toBeLessThanOrEqual(priced.subtotalMinor);
        for (const value of [priced.totalMinor, priced.itemsTotalMinor, priced.vatMinor, priced.discountMinor]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(value)).toBe(true);
        }
        for (const l of priced.lines) {
          expect(l.discountMinor).toBeGreaterThanOrEqual(0);
          expect(l.discountMinor).toBeLessThanOrEqual(l.grossMinor);
          expect(l.vatMinor).toBeLessThanOrEqual(l.grossMinor - l.discountMinor);
        }
        for (const e of priced.vatBreakdown) expect(e.netMinor + e.vatMinor).toBe(e.grossMinor);
      }),
      { numRuns: 500 },
    );
  });

  it("allocates exactly and within each weight", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        (weights, n) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const total = sum === 0 ? 0 : n % (sum + 1);
          const shares = allocateProportionally(total, weights);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(weights[i] ?? 0));
        },
      ),
    );
  });
});

describe("priceOrder (examples)", () => {
  it("rounds VAT half up per line", () => {
    expect(vatIncluded(121, 2100)).toBe(21);
    expect(vatIncluded(100, 2100)).toBe(17); // 17.355… → 17
    expect(vatIncluded(5, 2100)).toBe(1); // 0.867… → 1
    expect(vatIncluded(1000, 0)).toBe(0);
  });

  it("splits a 10 % discount and reports VAT per rate", () => {
    const priced = priceOrder({
      lines: [
        { variantId: "a", unitPriceMinor: 5900, quantity: 1, vatRateBps: 2100 },
        { variantId: "b", unitPriceMinor: 1400, quantity: 2, vatRateBps: 1200 },
      ],
      discount: { kind: "PERCENT", value: 1000 },
      shipping: { grossMinor: 495, vatRateBps: 2100 },
    });
    expect(priced.subtotalMinor).toBe(8700);
    expect(priced.discountMinor).toBe(870);
    expect(priced.lines.map((l) => l.discountMinor)).toEqual([590, 280]);
    expect(priced.totalMinor).toBe(8700 - 870 + 495);
    expect(priced.vatBreakdown).toEqual([
      { rateBps: 2100, grossMinor: 5310 + 495, vatMinor: 922 + 86, netMinor: 5805 - 1008 },
      { rateBps: 1200, grossMinor: 2520, vatMinor: 270, netMinor: 2250 },
    ]);
  });

  it("never lets a fixed discount make the total negative", () => {
    const priced = priceOrder({
      lines: [{ variantId: "a", unitPriceMinor: 500, quantity: 1, vatRateBps: 2100 }],
      discount: { kind: "FIXED", value: 10_000 },
      shipping: { grossMinor: 0, vatRateBps: 2100 },
    });
    expect(priced.discountMinor).toBe(500);
    expect(priced.totalMinor).toBe(0);
  });
});
