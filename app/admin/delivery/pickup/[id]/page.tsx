import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { SettingsTranslations } from "@/app/admin/_components/settings-translations";
import { staffGate } from "@/app/admin/_lib/gate";
import { idSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import { PickupForm } from "../../_components/pickup-form";
import { pickupFormValues } from "../../form-values";
import { savePickupLocationTranslationsAction } from "../../translation-actions";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("pickupLocationTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function PickupPage({ params }: { params: Promise<{ id: string }> }) {
  await staffGate("/admin/delivery");
  const [t, tr] = await Promise.all([getTranslations("adminSettings.delivery"), getTranslations("adminTranslations")]);
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const location = (await loadShopSettings(db)).pickupLocations.find((p) => p.id === id.data);
  if (!location) notFound();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{location.name}</h1>
      <PickupForm initial={pickupFormValues(location)} />
      <SettingsTranslations
        summary={tr("textsSummary", { name: location.name })}
        action={savePickupLocationTranslationsAction}
        id={location.id}
        idPrefix={`pickup-${location.id}-translation`}
        fields={[
          {
            key: "openingHours",
            label: tr("openingHours"),
            fallback: location.openingHours,
            max: 300,
            multiline: true,
          },
        ]}
        stored={location.translations}
      />
    </main>
  );
}
