import type { Money } from "@/lib/money/money";
import type { ProductStatusValue } from "./schemas";

// What the admin pages and the /api/admin routes show of the catalog: everything, including drafts, archived
// products, inactive variants and reserved stock, which the storefront's types leave out.

export interface AdminVariant {
  id: string;
  sku: string;
  optionValues: Record<string, string>;
  price: Money;
  stockOnHand: number;
  stockReserved: number;
  /** On hand minus reserved: what shoppers can still buy. */
  available: number;
  active: boolean;
  position: number;
  /** Shipping weight in grams; delivery weight bands price the cart by the sum. */
  weightGrams: number;
}

export interface AdminImage {
  id: string;
  url: string;
  alt: string;
  width: number;
  height: number;
  position: number;
}

export interface AdminStockAdjustment {
  id: string;
  variantId: string;
  sku: string;
  delta: number;
  stockAfter: number;
  reason: string;
  actor: string;
  createdAt: string;
}

export interface AdminProduct {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: { id: string; slug: string; name: string; archived: boolean };
  status: ProductStatusValue;
  featured: boolean;
  vatRateBps: number;
  optionNames: string[];
  variants: AdminVariant[];
  images: AdminImage[];
  /** The latest manual stock changes of all its variants, newest first. */
  stockAdjustments: AdminStockAdjustment[];
  hasOrders: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AdminProductRow {
  id: string;
  slug: string;
  name: string;
  status: ProductStatusValue;
  featured: boolean;
  category: { id: string; name: string; archived: boolean };
  variantCount: number;
  /** Null when the product has no variants yet. */
  priceMin: Money | null;
  priceMax: Money | null;
  stockOnHand: number;
  stockReserved: number;
  available: number;
  image: { url: string; alt: string } | null;
  updatedAt: string;
}

export interface AdminProductPage {
  items: AdminProductRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

export interface AdminCategory {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  archived: boolean;
  productCount: number;
}
