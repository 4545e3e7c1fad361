import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { staffGate } from "@/app/admin/_lib/gate";
import { idSchema } from "@/lib/catalog-admin/schemas";
import { db } from "@/lib/db";
import { ZoneForm } from "../../_components/zone-form";
import "../../../people.css";

export const metadata: Metadata = { title: "Zone", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ZonePage({ params }: { params: Promise<{ id: string }> }) {
  await staffGate("/admin/delivery");
  const id = idSchema.safeParse((await params).id);
  const zone = id.success ? await db.deliveryZone.findUnique({ where: { id: id.data } }) : null;
  if (!zone) notFound();
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">← Delivery</Link>
      </p>
      <h1>Zone {zone.name}</h1>
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
