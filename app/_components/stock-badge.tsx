import type { StockState } from "@/lib/catalog/types";

const labels: Record<StockState, string> = {
  in_stock: "In stock",
  low_stock: "Only a few left",
  out_of_stock: "Out of stock",
};

/** The shopper-facing words for a stock state; with a count, low stock says how many are left. */
export function stockLabel(state: StockState, available?: number): string {
  if (state === "low_stock" && available !== undefined && available > 0) return `Only ${available} left`;
  return labels[state];
}

export function StockBadge({ state, available }: { state: StockState; available?: number }) {
  return (
    <span className={`stock stock-${state}`}>
      <span className="stock-dot" aria-hidden="true" />
      {stockLabel(state, available)}
    </span>
  );
}
