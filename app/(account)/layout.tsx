import type { ReactNode } from "react";
import { SiteFooter } from "@/app/_components/site-footer";
import { SiteHeader } from "@/app/_components/site-header";
import { listCategories } from "@/lib/catalog/list-categories";
import { db } from "@/lib/db";

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const categories = await listCategories(db);
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="container account-page">
        {children}
      </main>
      <SiteFooter categories={categories} />
    </>
  );
}
