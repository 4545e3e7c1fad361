import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { adminLocale } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatVatPercent } from "@/lib/catalog-admin/amounts";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createProductAction } from "../actions";
import { ProductForm } from "../_components/product-form";
import { localDecimal } from "../_lib/local-decimal";
import "../../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.productNew");
  return { title: t("title"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewProductPage() {
  await staffGate("/admin/products/new");
  const [categories, t, locale] = await Promise.all([
    listAdminCategories(db),
    getTranslations("admin.productNew"),
    adminLocale(),
  ]);
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/products">← {t("back")}</Link>
      </p>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      {categories.length === 0 ? (
        <p className="notice notice-warn">
          {t.rich("noCategories", { link: (text) => <Link href="/admin/categories">{text}</Link> })}
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
            vatRate: localDecimal(formatVatPercent(env.SHOP_STANDARD_VAT_BPS), locale),
            optionNames: [],
          }}
        />
      )}
    </main>
  );
}
