import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/app/_components/product-grid";
import { listCategories } from "@/lib/catalog/list-categories";
import { listProducts } from "@/lib/catalog/list-products";
import { slugSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function findCategory(slug: string) {
  if (!slugSchema.safeParse(slug).success) return null;
  const categories = await listCategories(db);
  return categories.find((c) => c.slug === slug) ?? null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await findCategory((await params).slug);
  return category ? { title: category.name, description: category.description } : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = await findCategory((await params).slug);
  if (!category) notFound();
  const page = await listProducts(db, { category: category.slug, page: 1, pageSize: 48, sort: "relevance" });
  return (
    <>
      <h1>{category.name}</h1>
      <p className="muted">{category.description}</p>
      <ProductGrid products={page.items} priorityCount={2} />
    </>
  );
}
