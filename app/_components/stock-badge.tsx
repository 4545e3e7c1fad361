import type { StockState } from "@/lib/catalog/types";

const labels: Record<StockState, string> = {
  in_stock: "In stock",
  low_stock: "Only a few left",
  out_of_stock: "Out of stock",
};

export function StockBadge({ state }: { state: StockState }) {
  return <span className={`stock stock-${state}`}>{labels[state]}</span>;
}
