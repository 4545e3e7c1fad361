import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { env } from "@/lib/env";
import { staffGate } from "@/app/admin/_lib/gate";
import { DiscountForm } from "./discount-form";
import "../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.discounts");
  return { title: t("newTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewDiscountPage() {
  await staffGate("/admin/discounts/new");
  const t = await getTranslations("adminSettings.discounts");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/discounts">{t("back")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      <DiscountForm currency={env.SHOP_CURRENCY} timeZone={env.SHOP_TIME_ZONE} />
    </main>
  );
}
