import type { Metadata } from "next";
import Link from "next/link";
import { staffGate } from "@/app/admin/_lib/gate";
import { PickupForm } from "../../_components/pickup-form";
import { blankPickup } from "../../form-values";
import "../../../people.css";

export const metadata: Metadata = { title: "New pickup location", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewPickupPage() {
  await staffGate("/admin/delivery/pickup/new");
  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/delivery">← Delivery</Link>
      </p>
      <h1>New pickup location</h1>
      <PickupForm initial={blankPickup} />
    </main>
  );
}
