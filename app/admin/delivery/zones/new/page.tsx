import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { ZoneForm } from "../../_components/zone-form";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("newZoneTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewZonePage() {
  await staffGate("/admin/delivery/zones/new");
  const t = await getTranslations("adminSettings.delivery");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{t("newZoneTitle")}</h1>
      <ZoneForm initial={{ id: "", name: "", countries: "", position: "0" }} />
    </main>
  );
}
