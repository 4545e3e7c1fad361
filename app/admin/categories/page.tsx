import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { getCategoryTranslations } from "@/lib/catalog-admin/get-translations";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { db } from "@/lib/db";
import { createCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";
import { CategoryForm, MoveButtons } from "./_components/category-forms";
import { CategoryTranslations } from "./_components/category-translations";
import "../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.categories");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function CategoriesPage() {
  await staffGate("/admin/categories");
  const [categories, translations, t] = await Promise.all([
    listAdminCategories(db),
    getCategoryTranslations(db),
    getTranslations("admin.categories"),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted">{t("intro")}</p>

      <section aria-labelledby="categories-title" className="section">
        <h2 id="categories-title" className="visually-hidden">
          {t("all")}
        </h2>
        {categories.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ol className="category-list">
            {categories.map((category, index) => (
              <li key={category.id} className="category-row">
                <div className="category-row-head">
                  <div>
                    <h3>
                      {category.name} {category.archived ? <span className="badge">{t("archived")}</span> : null}
                    </h3>
                    <span className="muted">
                      /categories/{category.slug} ·{" "}
                      <Link href={`/admin/products?categoryId=${category.id}`}>
                        {t("productCount", { count: category.productCount })}
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
                  <summary>{t("edit", { name: category.name })}</summary>
                  <CategoryForm action={updateCategoryAction} category={category} />
                </details>
                <CategoryTranslations category={category} stored={translations[category.id] ?? {}} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="new-category-title" className="panel" style={{ marginTop: "1.5rem" }}>
        <h2 id="new-category-title">{t("new")}</h2>
        <CategoryForm action={createCategoryAction} />
      </section>
    </main>
  );
}
