import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { notFound } from "next/navigation";
import { SettingsTranslations } from "@/app/admin/_components/settings-translations";
import { staffGate } from "@/app/admin/_lib/gate";
import { idSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { loadShopSettings } from "@/lib/delivery/load-shop-settings";
import { env } from "@/lib/env";
import { MethodForm } from "../../_components/method-form";
import { methodFormValues } from "../../form-values";
import { saveDeliveryMethodTranslationsAction } from "../../translation-actions";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("methodTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function MethodPage({ params }: { params: Promise<{ id: string }> }) {
  await staffGate("/admin/delivery");
  const [t, tr] = await Promise.all([getTranslations("adminSettings.delivery"), getTranslations("adminTranslations")]);
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const settings = await loadShopSettings(db);
  const method = settings.methods.find((m) => m.id === id.data);
  if (!method) notFound();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{method.name}</h1>
      <MethodForm
        initial={methodFormValues(method)}
        zones={settings.zones.map(({ id: zoneId, name }) => ({ id: zoneId, name }))}
        currency={env.SHOP_CURRENCY}
      />
      <SettingsTranslations
        summary={tr("textsSummary", { name: method.name })}
        action={saveDeliveryMethodTranslationsAction}
        id={method.id}
        idPrefix={`method-${method.id}-translation`}
        fields={[
          { key: "name", label: tr("name"), fallback: method.name, max: 80 },
          { key: "description", label: tr("description"), fallback: method.description, max: 200, multiline: true },
        ]}
        stored={method.translations}
      />
    </main>
  );
}
