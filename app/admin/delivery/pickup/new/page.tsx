import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { PickupForm } from "../../_components/pickup-form";
import { blankPickup } from "../../form-values";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("newPickupTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewPickupPage() {
  await staffGate("/admin/delivery/pickup/new");
  const t = await getTranslations("adminSettings.delivery");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{t("newPickupTitle")}</h1>
      <PickupForm initial={blankPickup} />
    </main>
  );
}
