import type { Money } from "@/lib/money/money";

export type StockState = "in_stock" | "low_stock" | "out_of_stock";

export interface ImageRef {
  url: string;
  alt: string;
  width: number;
  height: number;
}

export interface ProductSummary {
  id: string;
  slug: string;
  name: string;
  category: { slug: string; name: string };
  priceFrom: Money;
  /** True when variants differ in price, so the listing says "from". */
  priceVaries: boolean;
  available: number;
  stockState: StockState;
  image: ImageRef | null;
  createdAt: string;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface VariantDetail {
  id: string;
  sku: string;
  options: Record<string, string>;
  price: Money;
  available: number;
  stockState: StockState;
}

export interface ProductDetail {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: { slug: string; name: string };
  vatRateBps: number;
  optionNames: string[];
  /** What a reader sees for each option name and value, in the answer's language; keys stay the catalog's own. */
  optionLabels: { names: Record<string, string>; values: Record<string, string> };
  variants: VariantDetail[];
  images: ImageRef[];
  updatedAt: string;
}
