import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { ZoneForm } from "../../_components/zone-form";
import "../../../people.css";

export const metadata: Metadata = { title: "New zone", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewZonePage() {
  await staffGate("/admin/delivery/zones/new");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">← Delivery</Link>
      </p>
      <h1>New zone</h1>
      <ZoneForm initial={{ id: "", name: "", countries: "", position: "0" }} />
    </main>
  );
}
