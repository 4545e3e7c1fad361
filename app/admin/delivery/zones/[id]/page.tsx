import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { staffGate } from "@/app/admin/_lib/gate";
import { idSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { ZoneForm } from "../../_components/zone-form";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("zoneTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function ZonePage({ params }: { params: Promise<{ id: string }> }) {
  await staffGate("/admin/delivery");
  const t = await getTranslations("adminSettings.delivery");
  const id = idSchema.safeParse((await params).id);
  const zone = id.success ? await db.deliveryZone.findUnique({ where: { id: id.data } }) : null;
  if (!zone) notFound();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{t("zoneHeading", { zone: zone.name })}</h1>
      <ZoneForm
        initial={{
          id: zone.id,
          name: zone.name,
          countries: zone.countries.join(", "),
          position: String(zone.position),
        }}
      />
    </main>
  );
}
