import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatVatPercent } from "@/lib/catalog-admin/amounts";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createProductAction } from "../actions";
import { ProductForm } from "../_components/product-form";
import "../../catalog.css";

export const metadata: Metadata = { title: "New product", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewProductPage() {
  await staffGate("/admin/products/new");
  const categories = await listAdminCategories(db);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/products">← Products</Link>
      </p>
      <div className="page-head">
        <h1>New product</h1>
      </div>
      {categories.length === 0 ? (
        <p className="notice notice-warn">
          There are no categories yet. <Link href="/admin/categories">Create a category</Link> first.
        </p>
      ) : (
        <ProductForm
          mode="create"
          action={createProductAction}
          currency={env.SHOP_CURRENCY}
          categories={categories}
          product={{
            name: "",
            slug: "",
            description: "",
            categoryId: "",
            status: "DRAFT",
            featured: false,
            vatRate: formatVatPercent(env.SHOP_STANDARD_VAT_BPS),
            optionNames: [],
          }}
        />
      )}
    </main>
  );
}
