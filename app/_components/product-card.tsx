import Image from "next/image";
import Link from "next/link";
import type { ProductSummary } from "@/lib/catalog/types";
import { Price } from "./price";
import { StockBadge } from "./stock-badge";

export function ProductCard({ product, priority = false }: { product: ProductSummary; priority?: boolean }) {
  return (
    <article className="product-card">
      <Link href={`/products/${product.slug}`}>
        {product.image ? (
          <Image
            src={product.image.url}
            alt=""
            width={product.image.width}
            height={product.image.height}
            sizes="(min-width: 1200px) 280px, (min-width: 700px) 30vw, 50vw"
            priority={priority}
          />
        ) : null}
        <div className="product-card-body">
          <h3 className="product-card-name">{product.name}</h3>
          <span className="muted">{product.category.name}</span>
          <Price money={product.priceFrom} from={product.priceVaries} />
          <StockBadge state={product.stockState} />
        </div>
      </Link>
    </article>
  );
}
