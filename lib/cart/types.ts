import type { StockState } from "@/lib/catalog/types";
import type { Money } from "@/lib/money/money";

export interface CartLineView {
  id: string;
  variantId: string;
  productSlug: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
  available: number;
  stockState: StockState;
  image: { url: string; alt: string } | null;
  /** Why this line cannot be bought as it is, if so. */
  problem: "unavailable" | "insufficient_stock" | null;
}

export interface CartView {
  id: string | null;
  lines: CartLineView[];
  itemCount: number;
  subtotal: Money;
  canCheckout: boolean;
}
