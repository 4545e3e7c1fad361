import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { firstParam, type RawSearchParams } from "@/app/admin/_lib/search-params";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MethodForm } from "../../_components/method-form";
import { blankMethod } from "../../form-values";
import "../../../people.css";

export const metadata: Metadata = { title: "New delivery method", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewMethodPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await staffGate("/admin/delivery");
  const zones = await db.deliveryZone.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const wanted = firstParam((await searchParams).zone);
  const zoneId = zones.find((z) => z.id === wanted)?.id ?? zones[0]?.id ?? "";
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">← Delivery</Link>
      </p>
      <h1>New delivery method</h1>
      {zones.length === 0 ? (
        <p>
          Add a <Link href="/admin/delivery/zones/new">zone</Link> first: every delivery method belongs to one.
        </p>
      ) : (
        <MethodForm initial={blankMethod(zoneId)} zones={zones} currency={env.SHOP_CURRENCY} />
      )}
    </main>
  );
}
