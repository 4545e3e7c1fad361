import type { StockState } from "./types";

/** At or below this many units a product shows "only a few left". */
export const LOW_STOCK_THRESHOLD = 5;

export function stockStateOf(available: number): StockState {
  if (available <= 0) return "out_of_stock";
  if (available <= LOW_STOCK_THRESHOLD) return "low_stock";
  return "in_stock";
}
