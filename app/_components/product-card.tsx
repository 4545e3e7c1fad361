import { LocaleLink as Link } from "./locale-link";
import { Picture } from "./picture";
import type { ProductSummary } from "@/lib/catalog/types";
import { Price } from "./price";
import { StockBadge } from "./stock-badge";

export function ProductCard({
  product,
  preload = false,
  headingLevel = 3,
}: {
  product: ProductSummary;
  /** Above-the-fold cards load their picture eagerly, at high priority. */
  preload?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="product-card">
      <Link prefetch={false} href={`/products/${product.slug}`} className="product-card-link">
        <div className="product-card-media">
          {product.image ? (
            <Picture
              src={product.image.url}
              alt=""
              width={product.image.width}
              height={product.image.height}
              sizes="(min-width: 1200px) 270px, (min-width: 700px) 30vw, 50vw"
              loading={preload ? "eager" : "lazy"}
              fetchPriority={preload ? "high" : "auto"}
            />
          ) : null}
        </div>
        <div className="product-card-body">
          <Heading className="product-card-name">{product.name}</Heading>
          <span className="product-card-category">{product.category.name}</span>
          <Price money={product.priceFrom} from={product.priceVaries} />
          <StockBadge state={product.stockState} />
        </div>
      </Link>
    </article>
  );
}
