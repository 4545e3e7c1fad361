import type { Metadata } from "next";
import { ProductGrid } from "@/app/_components/product-grid";
import { searchParamsToObject } from "@/lib/http/handler";
import { listProducts } from "@/lib/catalog/list-products";
import { productListQuerySchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  const parsed = productListQuerySchema.safeParse(searchParamsToObject(params));
  if (!parsed.success) {
    return (
      <>
        <h1>Search</h1>
        <p className="notice" role="alert">
          That search could not be understood: {parsed.error.issues[0]?.message} Try a new search above.
        </p>
      </>
    );
  }
  const result = await listProducts(db, parsed.data);
  return (
    <>
      <h1>{parsed.data.q ? `Results for “${parsed.data.q}”` : "All products"}</h1>
      <p className="muted" role="status">
        {result.total === 1 ? "1 product" : `${result.total} products`}
      </p>
      {result.total === 0 ? (
        <p className="notice">Nothing matched. Check the spelling or try a more general word.</p>
      ) : (
        <ProductGrid products={result.items} priorityCount={2} />
      )}
    </>
  );
}
