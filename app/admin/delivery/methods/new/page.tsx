import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MethodForm } from "../../_components/method-form";
import { blankMethod } from "../../form-values";
import "../../../people.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminSettings.delivery");
  return { title: t("newMethodTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

export default async function NewMethodPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/delivery");
  const t = await getTranslations("adminSettings.delivery");
  const zones = await db.deliveryZone.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const wanted = firstParam((await searchParams).zone);
  const zoneId = zones.find((z) => z.id === wanted)?.id ?? zones[0]?.id ?? "";
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">{t("back")}</Link>
      </p>
      <h1>{t("newMethodTitle")}</h1>
      {zones.length === 0 ? (
        <p>{t.rich("zoneFirst", { zone: (chunks) => <Link href="/admin/delivery/zones/new">{chunks}</Link> })}</p>
      ) : (
        <MethodForm initial={blankMethod(zoneId)} zones={zones} currency={env.SHOP_CURRENCY} />
      )}
    </main>
  );
}
