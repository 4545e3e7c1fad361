import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vatIncluded } from "@/lib/checkout/pricing";
import { type RateBalance, splitRefundOverRates } from "@/lib/orders/refund-credit-lines";

// An invoice's per-rate totals as pricing makes them: gross per rate, its VAT contained at that rate.
const invoiceRates = fc
  .uniqueArray(fc.constantFrom(0, 5, 10, 12, 15, 21, 25, 27), { minLength: 1, maxLength: 4 })
  .chain((rates) =>
    fc.tuple(...rates.map((rate) => fc.integer({ min: 1, max: 5_000_000 }).map((gross) => ({ rate, gross })))),
  )
  .map((rows): RateBalance[] =>
    rows.map(({ rate, gross }) => ({
      vatRatePercent: rate,
      grossMinor: gross,
      vatMinor: vatIncluded(gross, rate * 100),
    })),
  );

/** Refund amounts that together give back everything (the last one takes the rest). */
const refundPlan = (total: number) =>
  fc.array(fc.integer({ min: 1, max: total }), { maxLength: 6 }).map((parts) => {
    const plan: number[] = [];
    let left = total;
    for (const part of parts) {
      const amount = Math.min(part, left - 1);
      if (amount <= 0) break;
      plan.push(amount);
      left -= amount;
    }
    plan.push(left);
    return plan;
  });

describe("splitRefundOverRates (properties)", () => {
  it("splits each refund exactly, and any sequence of refunds of the whole adds up to the invoice per rate", () => {
    fc.assert(
      fc.property(
        invoiceRates.chain((rates) =>
          fc.tuple(fc.constant(rates), refundPlan(rates.reduce((s, r) => s + r.grossMinor, 0))),
        ),
        ([rates, plan]) => {
          const remaining = rates.map((r) => ({ ...r }));
          const credited = new Map(rates.map((r) => [r.vatRatePercent, { grossMinor: 0, vatMinor: 0 }]));
          for (const amount of plan) {
            const rows = splitRefundOverRates(remaining, amount);
            expect(rows.reduce((sum, row) => sum + row.grossMinor, 0)).toBe(amount);
            for (const row of rows) {
              expect(row.netMinor + row.vatMinor).toBe(row.grossMinor);
              expect(row.vatMinor).toBeGreaterThanOrEqual(0);
              expect(row.netMinor).toBeGreaterThanOrEqual(0);
              const balance = remaining.find((r) => r.vatRatePercent === row.vatRatePercent);
              if (!balance) throw new Error("a rate the invoice does not have");
              balance.grossMinor -= row.grossMinor;
              balance.vatMinor -= row.vatMinor;
              // What is left of a rate stays a valid row: VAT between 0 and its gross.
              expect(balance.grossMinor).toBeGreaterThanOrEqual(0);
              expect(balance.vatMinor).toBeGreaterThanOrEqual(0);
              expect(balance.vatMinor).toBeLessThanOrEqual(balance.grossMinor);
              const sum = credited.get(row.vatRatePercent);
              if (sum) {
                sum.grossMinor += row.grossMinor;
                sum.vatMinor += row.vatMinor;
              }
            }
          }
          for (const rate of rates) {
            expect(credited.get(rate.vatRatePercent)).toEqual({ grossMinor: rate.grossMinor, vatMinor: rate.vatMinor });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("shares a partial refund in proportion to what each rate holds", () => {
    const rows = splitRefundOverRates(
      [
        { vatRatePercent: 21, grossMinor: 3000, vatMinor: vatIncluded(3000, 2100) },
        { vatRatePercent: 10, grossMinor: 1000, vatMinor: vatIncluded(1000, 1000) },
      ],
      1001,
    );
    expect(rows).toEqual([
      { vatRatePercent: 21, grossMinor: 751, vatMinor: vatIncluded(751, 2100), netMinor: 751 - vatIncluded(751, 2100) },
      { vatRatePercent: 10, grossMinor: 250, vatMinor: vatIncluded(250, 1000), netMinor: 250 - vatIncluded(250, 1000) },
    ]);
  });

  it.each([0, -1, 1.5, 4001])("refuses to split %s", (amount) => {
    expect(() => splitRefundOverRates([{ vatRatePercent: 21, grossMinor: 4000, vatMinor: 694 }], amount)).toThrow(
      /no more than what the invoice still holds/,
    );
  });
});
