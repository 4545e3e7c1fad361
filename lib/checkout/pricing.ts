// Order pricing, computed on the server only. All amounts are integer minor units; prices include VAT.
//
// Rounding rule (also in README):
// 1. A line's gross is unit price × quantity (exact).
// 2. A percentage discount is round-half-up(subtotal × rate); a fixed one is capped at the subtotal. It is shared
//    across lines in proportion to their gross, by the largest-remainder method, so the shares add up exactly.
// 3. Each line's VAT is round-half-up(payable × rate / (1 + rate)) of what is payable on it (gross − share);
//    shipping is taxed the same way at the shop's standard rate.
// 4. The per-rate breakdown sums the lines of each rate, so breakdown, lines and total always agree to the cent.

export interface PricingLine {
  variantId: string;
  unitPriceMinor: number;
  quantity: number;
  vatRateBps: number;
}

export type DiscountRule = { kind: "PERCENT"; value: number } | { kind: "FIXED"; value: number };

export interface PricedLine extends PricingLine {
  grossMinor: number;
  discountMinor: number;
  vatMinor: number;
}

export interface VatBreakdownEntry {
  rateBps: number;
  grossMinor: number;
  vatMinor: number;
  netMinor: number;
}

export interface PricedOrder {
  lines: PricedLine[];
  subtotalMinor: number;
  discountMinor: number;
  itemsTotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
  vatMinor: number;
  vatBreakdown: VatBreakdownEntry[];
}

/** round-half-up(a / b) for non-negative integers, without floating point. */
function divideRoundHalfUp(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** VAT contained in a VAT-inclusive amount. */
export function vatIncluded(grossMinor: number, rateBps: number): number {
  return divideRoundHalfUp(grossMinor * rateBps, 10_000 + rateBps);
}

export function discountAmount(subtotalMinor: number, rule: DiscountRule | null): number {
  if (!rule) return 0;
  const raw = rule.kind === "PERCENT" ? divideRoundHalfUp(subtotalMinor * rule.value, 10_000) : rule.value;
  return Math.min(Math.max(0, raw), subtotalMinor);
}

/** Splits `total` over `weights` proportionally; shares are integers, sum to `total`, and never exceed a weight. */
export function allocateProportionally(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * total) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    if ((shares[i] ?? 0) < (weights[i] ?? 0)) {
      shares[i] = (shares[i] ?? 0) + 1;
      left--;
    }
  }
  return shares;
}

export function priceOrder(input: {
  lines: PricingLine[];
  discount: DiscountRule | null;
  shipping: { grossMinor: number; vatRateBps: number };
}): PricedOrder {
  const grosses = input.lines.map((l) => l.unitPriceMinor * l.quantity);
  const subtotalMinor = grosses.reduce((a, b) => a + b, 0);
  const discountMinor = discountAmount(subtotalMinor, input.discount);
  const shares = allocateProportionally(discountMinor, grosses);
  const lines = input.lines.map((line, i) => {
    const grossMinor = grosses[i] ?? 0;
    const share = shares[i] ?? 0;
    return { ...line, grossMinor, discountMinor: share, vatMinor: vatIncluded(grossMinor - share, line.vatRateBps) };
  });

  const byRate = new Map<number, { grossMinor: number; vatMinor: number }>();
  const add = (rateBps: number, grossMinor: number, vatMinor: number) => {
    const entry = byRate.get(rateBps) ?? { grossMinor: 0, vatMinor: 0 };
    entry.grossMinor += grossMinor;
    entry.vatMinor += vatMinor;
    byRate.set(rateBps, entry);
  };
  for (const line of lines) add(line.vatRateBps, line.grossMinor - line.discountMinor, line.vatMinor);
  const shippingMinor = input.shipping.grossMinor;
  if (shippingMinor > 0)
    add(input.shipping.vatRateBps, shippingMinor, vatIncluded(shippingMinor, input.shipping.vatRateBps));

  const vatBreakdown = [...byRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBps, e]) => ({
      rateBps,
      grossMinor: e.grossMinor,
      vatMinor: e.vatMinor,
      netMinor: e.grossMinor - e.vatMinor,
    }));
  const itemsTotalMinor = subtotalMinor - discountMinor;
  return {
    lines,
    subtotalMinor,
    discountMinor,
    itemsTotalMinor,
    shippingMinor,
    totalMinor: itemsTotalMinor + shippingMinor,
    vatMinor: vatBreakdown.reduce((a, e) => a + e.vatMinor, 0),
    vatBreakdown,
  };
}
