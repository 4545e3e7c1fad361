import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { getCategoryTranslations } from "@/lib/catalog-admin/get-translations";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { db } from "@/lib/db";
import { createCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";
import { CategoryForm, MoveButtons } from "./_components/category-forms";
import { CategoryTranslations } from "./_components/category-translations";
import "../catalog.css";

export const metadata: Metadata = { title: "Categories", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CategoriesPage() {
  await staffGate("/admin/categories");
  const [categories, translations] = await Promise.all([listAdminCategories(db), getCategoryTranslations(db)]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>Categories</h1>
      </div>
      <p className="muted">
        In the order the shop shows them. Archiving a category hides it and its products from the shop; they stay here
        and come back when it is unarchived.
      </p>

      <section aria-labelledby="categories-title" className="section">
        <h2 id="categories-title" className="visually-hidden">
          All categories
        </h2>
        {categories.length === 0 ? (
          <p>No categories yet.</p>
        ) : (
          <ol className="category-list">
            {categories.map((category, index) => (
              <li key={category.id} className="category-row">
                <div className="category-row-head">
                  <div>
                    <h3>
                      {category.name} {category.archived ? <span className="badge">Archived</span> : null}
                    </h3>
                    <span className="muted">
                      /categories/{category.slug} ·{" "}
                      <Link href={`/admin/products?categoryId=${category.id}`}>
                        {category.productCount} product{category.productCount === 1 ? "" : "s"}
                      </Link>
                    </span>
                  </div>
                  <MoveButtons
                    action={moveCategoryAction}
                    category={category}
                    first={index === 0}
                    last={index === categories.length - 1}
                  />
                </div>
                <details>
                  <summary>Edit {category.name}</summary>
                  <CategoryForm action={updateCategoryAction} category={category} />
                </details>
                <CategoryTranslations category={category} stored={translations[category.id] ?? {}} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="new-category-title" className="panel" style={{ marginTop: "1.5rem" }}>
        <h2 id="new-category-title">New category</h2>
        <CategoryForm action={createCategoryAction} />
      </section>
    </main>
  );
}
