import type { ProductSummary } from "@/lib/catalog/types";
import { ProductCard } from "./product-card";

export function ProductGrid({
  products,
  preloadCount = 0,
  headingLevel = 3,
  label,
}: {
  products: readonly ProductSummary[];
  preloadCount?: number;
  headingLevel?: 2 | 3;
  label?: string;
}) {
  return (
    <ul className="product-grid" aria-label={label}>
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} preload={i < preloadCount} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
